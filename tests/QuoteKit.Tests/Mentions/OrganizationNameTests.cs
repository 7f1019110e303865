using FluentAssertions;
using QuoteKit.Tests.Support;

namespace QuoteKit.Tests.Mentions;

/// <summary>Organisation names that go on through "of" or "for" after an organisation word that is also a role noun.</summary>
public sealed class OrganizationNameTests
{
    private static Speaker OnlySpeaker(string text) => ResultInvariants.Checked(text).Speakers.Should().ContainSingle().Subject;

    [Fact]
    public void An_office_for_a_subject_is_one_name()
    {
        OnlySpeaker("The Office for Budget Responsibility said growth would slow next year.").Name.Should().Be("Office for Budget Responsibility");
    }

    [Fact]
    public void A_ministry_of_a_subject_is_one_name()
    {
        OnlySpeaker("The Ministry of Foreign Affairs said the envoy would return on Friday.").Name.Should().Be("Ministry of Foreign Affairs");
    }

    [Fact]
    public void A_role_noun_before_a_person_stays_a_description()
    {
        var speaker = OnlySpeaker("Office manager Ana Ruiz said the doors would open at nine.");

        speaker.Name.Should().Be("Ana Ruiz");
    }
}
