using System.Text;
using FluentAssertions;
using QuoteKit.Cli.Commands;
using QuoteKit.Cli.Input;
using static QuoteKit.Tests.Cli.CliHarness;

namespace QuoteKit.Tests.Cli;

/// <summary>
/// The JSON Lines stdin-to-stdout mode as a mapper under Spark, Hadoop Streaming or one job per shard: split the
/// input anywhere between lines, run each piece alone, concatenate the outputs, and get one run's output.
/// </summary>
public sealed class ShardingTests
{
    private static readonly string[] Lines = File.ReadAllLines(Fixture("jsonl", "articles.jsonl"));

    private static string Map(IEnumerable<string> shard, int parallel) =>
        Extract(new ExtractSettings { InputFormat = InputFormat.Jsonl, Parallel = parallel, Quiet = true },
            stdin: string.Concat(shard.Select(l => l + "\n"))).Out;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Sharded_runs_concatenate_to_the_output_of_one_run(int shards)
    {
        var whole = Map(Lines, parallel: 2);
        int size = (Lines.Length + shards - 1) / shards;
        var pieces = Lines.Chunk(size).Select((shard, i) => Map(shard, parallel: 1 + (i % 3)));
        string.Concat(pieces).Should().Be(whole);
        whole.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(Lines.Length);
    }

    [Fact]
    public void Shards_split_by_a_hash_of_the_id_give_the_same_lines_as_one_run()
    {
        var whole = Map(Lines, parallel: 2).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var byHash = Lines.GroupBy(l => l.Length % 3).SelectMany(g => Map(g, parallel: 2).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        byHash.Should().BeEquivalentTo(whole);
    }

    [Fact]
    public void The_built_tool_maps_json_lines_on_stdin_to_json_lines_on_stdout()
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(Lines.Select(l => l + "\n")));
        var result = RunTool(["extract", "--input-format", "jsonl"], stdin: input);
        result.Exit.Should().Be(0, result.Err);
        result.Out.Should().Be(Map(Lines, parallel: 1));
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("quotekit: 12 documents,");
    }
}
