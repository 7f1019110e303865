using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>Two first names joined by "and" before one surname ("Rosa and Ivan Petrak") share it.</summary>
public sealed class SharedSurnameTests
{
    [Fact]
    public void The_first_of_two_first_names_gets_the_shared_surname()
    {
        const string text = "Rosa and Ivan Petrak have run the farm since 1998.\n\n“We will not sell,” Rosa said.";

        ResultInvariants.OnlyQuote(text, "We will not sell").Speaker!.Name.Should().Be("Rosa Petrak");
    }

    [Fact]
    public void A_word_the_document_uses_as_a_surname_keeps_its_own_name()
    {
        const string text = "Senator Anna Warren spoke first.\n\nWarren and Ivan Petrak then met the farmers.\n\n“We will not sell,” Warren said.";

        ResultInvariants.OnlyQuote(text, "We will not sell").Speaker!.Name.Should().Be("Anna Warren");
    }

    [Fact]
    public void A_shared_surname_is_the_person_the_last_sentence_was_about()
    {
        const string text = "Former Governor Ann Hale opened the museum on Friday. Her nephew, Tom Hale, a state senator, also spoke.\n\n"
            + "The former governor ended with a story about her mother. \u201cShe never gave up,\u201d Hale said.";

        ResultInvariants.OnlyQuote(text, "never gave up").Speaker!.Name.Should().Be("Ann Hale");
    }

    [Fact]
    public void A_bare_surname_is_the_namesake_named_last_not_the_one_first_named_last()
    {
        const string text = "Lena Dorsk leads the council. Pavel Dorsk owns the bakery.\n\nOn Friday Lena Dorsk spoke to the press.\n\n"
            + "Crowds gathered in the square.\n\n\u201cThe market stays open,\u201d Dorsk said.";

        ResultInvariants.OnlyQuote(text, "market stays open").Speaker!.Name.Should().Be("Lena Dorsk");
    }

    [Fact]
    public void A_bare_surname_is_the_person_not_the_company_named_after_them()
    {
        const string text = "Dana Vell founded a robotics firm in 2010.\n\nVell Robotics now employs 400 people.\n\n"
            + "\u201cWe started in a garage,\u201d Vell said.";

        ResultInvariants.OnlyQuote(text, "started in a garage").Speaker!.Name.Should().Be("Dana Vell");
    }

    [Fact]
    public void A_bare_surname_is_the_namesake_already_called_by_it_not_the_one_named_in_full_since()
    {
        const string text = "Senator Ruth Calder spoke on Monday. Calder said the bill would pass.\n\n"
            + "Calder and her husband, former Governor Ben Calder, attended the vote.\n\n\u201cWe counted every ballot,\u201d the clerk said.\n\n"
            + "\u201cIt was a long night,\u201d Calder said.";

        ResultInvariants.OnlyQuote(text, "long night").Speaker!.Name.Should().Be("Ruth Calder");
    }

    [Fact]
    public void A_bare_surname_is_not_the_relative_named_for_the_family()
    {
        const string text = "Victor Brandt began his campaign for mayor in March.\n\nHis son, Owen Brandt, said the family was ready.\n\n"
            + "Polls show a close race.\n\n\u201cWe will win this city,\u201d Brandt wrote on Friday.";

        ResultInvariants.OnlyQuote(text, "win this city").Speaker!.Name.Should().Be("Victor Brandt");
    }
}
