using FluentAssertions;
using QuoteKit.Evaluation;

namespace QuoteKit.Tests.Evaluation;

public sealed class FloorCheckTests
{
    private static readonly Dictionary<string, double> Figures = new() { ["direct.f1@0.8"] = 0.40, ["all.f1@0.3"] = 0.30 };

    [Fact]
    public void Figures_at_or_above_their_floors_pass()
    {
        var floors = FloorCheck.Parse("{\"direct.f1@0.8\": 0.40, \"all.f1@0.3\": 0.1}");

        FloorCheck.Violations(Figures, floors).Should().BeEmpty();
    }

    [Fact]
    public void A_figure_below_its_floor_is_named()
    {
        var floors = FloorCheck.Parse("{\"direct.f1@0.8\": 0.45}");

        FloorCheck.Violations(Figures, floors).Should().ContainSingle().Which.Should().StartWith("direct.f1@0.8 = 0.4000 is below its floor 0.4500");
    }

    [Fact]
    public void A_floor_for_an_unknown_figure_is_a_violation()
    {
        var floors = FloorCheck.Parse("{\"direct.f2\": 0.1}");

        FloorCheck.Violations(Figures, floors).Should().ContainSingle().Which.Should().StartWith("direct.f2: no such figure");
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"direct.f1@0.8\": \"high\"}")]
    [InlineData("{not json")]
    public void Floors_that_are_not_an_object_of_numbers_are_rejected(string json)
    {
        var act = () => FloorCheck.Parse(json);

        act.Should().Throw<FormatException>();
    }
}
