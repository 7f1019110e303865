using FluentAssertions;
using FsCheck.Xunit;
using QuoteKit.Entities;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Entities;

/// <summary>
/// People who share a first name or a surname, and holders of different offices: the resolver's bit tests before its
/// name and office comparisons must pass over the others and still find the one meant.
/// </summary>
public sealed class NamesakeTests
{
    [Property(MaxTest = 500)]
    public void Words_equal_ignoring_case_get_the_same_bit(string word, bool upper)
    {
        word ??= string.Empty;
        string other = upper ? word.ToUpperInvariant() : word.ToLowerInvariant();

        if (string.Equals(word, other, StringComparison.OrdinalIgnoreCase))
        {
            NameLists.WordBit(other).Should().Be(NameLists.WordBit(word));
        }
    }

    [Fact]
    public void A_full_name_finds_its_person_past_namesakes_sharing_each_of_its_words()
    {
        const string text = "Bakery owner Maria Hale and Tomas Hale run the bakery. Maria Costa and Tomas Costa run the shop next door.\n\n"
            + "\u201cThe rent doubled,\u201d Maria Hale said.";

        var speaker = ResultInvariants.OnlyQuote(text, "rent doubled").Speaker!;

        speaker.Name.Should().Be("Maria Hale");
        speaker.Descriptions.Should().Contain("Bakery owner", "the speaker is the Maria Hale named first, not a new one");
    }

    [Fact]
    public void A_role_nominal_finds_the_holder_of_that_office_past_holders_of_others()
    {
        const string text = "Finance Minister Petra Lind met Mayor Omar Diaz and Governor Ruth Kane on Monday.\n\n"
            + "\u201cThe budget is balanced,\u201d the minister said.";

        ResultInvariants.OnlyQuote(text, "budget is balanced").Speaker!.Name.Should().Be("Petra Lind");
    }
}
