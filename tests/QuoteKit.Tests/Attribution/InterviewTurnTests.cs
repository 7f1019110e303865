using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Attribution;

/// <summary>Interview transcripts: "A." turns are the statements of the person interviewed.</summary>
public sealed class InterviewTurnTests
{
    private const string Interview =
        "Ana Ruiz took over as governor of the central bank in March. She spoke to us about prices.\n\n"
        + "Q. Will rates fall this year?\n\n"
        + "A. I don't want to promise anything. Inflation is still too high.\n\n"
        + "Q. What worries you most?\n\n"
        + "A. Housing. Rents have risen faster than wages for three years.";

    [Fact]
    public void An_answer_turn_is_a_statement_of_the_person_interviewed()
    {
        var quote = ResultInvariants.OnlyQuote(Interview, "promise anything");

        quote.Text.Should().Be("I don't want to promise anything. Inflation is still too high");
        quote.Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void Every_answer_turn_is_the_same_person_whatever_it_names()
    {
        const string text = Interview + "\n\nQ. And the finance minister?\n\nA. Tomas Berg and I speak every week.";

        ResultInvariants.OnlyQuote(text, "speak every week").Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void The_reporter_asking_the_questions_is_not_the_person_interviewed()
    {
        const string text = "Rates and jobs\n\nAna Ruiz runs the central bank. She spoke to our reporter, Tom Hale.\n\nQ. Will rates fall?\n\nA. Not this year. Inflation is still too high.";

        ResultInvariants.OnlyQuote(text, "Not this year").Speaker!.Name.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void A_question_turn_reports_nothing()
    {
        ResultInvariants.Checked(Interview).Quotes.Should().NotContain(q => q.Text.Contains("Will rates fall"));
    }

    [Fact]
    public void I_in_an_answer_is_the_person_interviewed()
    {
        const string text = Interview + "\n\nQ. And the board?\n\nA. It listened. “Rates will fall,” I told the board.";

        ResultInvariants.Checked(text).Quotes.Should().Contain(q => q.Text.Contains("Rates will fall")).Which.Speaker!.Name.Should().Be("Ana Ruiz");
    }
}
