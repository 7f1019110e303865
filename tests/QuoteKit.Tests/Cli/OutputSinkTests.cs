using System.Text;
using FluentAssertions;
using QuoteKit.Cli.Output;

namespace QuoteKit.Tests.Cli;

/// <summary>
/// Issue 8: the CLI's workers encode each document's record as UTF-8 and the writing thread copies the bytes; the
/// output must be byte for byte what writing the text through the output's writer gave.
/// </summary>
public sealed class OutputSinkTests
{
    private static readonly ExtractedDocument Synthetic = new("story “é”.txt", SyntheticResults.Article, SyntheticResults.TwoSpeakers());

    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    [Theory]
    [InlineData("Jsonl")]
    [InlineData("Json")]
    [InlineData("Csv")]
    [InlineData("Table")]
    public void A_record_in_utf8_is_its_text_encoded(string format)
    {
        var formatter = OutputFormatter.For(Enum.Parse<OutputFormat>(format), includeText: true, Ansi.Plain);

        formatter.FormatUtf8(Synthetic).ToArray().Should().Equal(NoBom.GetBytes(formatter.Format(Synthetic)));
    }

    [Fact]
    public void A_record_keeps_its_bytes_after_the_thread_serializes_another()
    {
        var formatter = OutputFormatter.For(OutputFormat.Jsonl, includeText: false, Ansi.Plain);
        var first = formatter.FormatUtf8(Synthetic);
        byte[] copy = first.ToArray();

        formatter.FormatUtf8(Synthetic with { Name = "another name that is longer than the first" });

        first.ToArray().Should().Equal(copy);
    }

    [Fact]
    public void Text_and_bytes_to_a_utf8_stream_writer_come_out_as_the_writer_would_write_them()
    {
        string big = new string('é', 40_000) + "“end”"; // more than the sink's buffer once encoded
        var parts = new[] { "[", "\n{\"a\": \"ü\"}", ",", big, ",", "x", "\n]\n" };

        var viaWriter = new MemoryStream();
        using (var writer = new StreamWriter(viaWriter, NoBom, leaveOpen: true))
        {
            writer.Write("before ");
            foreach (var p in parts)
            {
                writer.Write(p);
            }
        }

        var viaSink = new MemoryStream();
        using (var writer = new StreamWriter(viaSink, NoBom, leaveOpen: true))
        {
            writer.Write("before ");
            var sink = OutputSink.For(writer);
            for (int i = 0; i < parts.Length; i++)
            {
                if (i % 2 == 0)
                {
                    sink.Write(parts[i]);
                }
                else
                {
                    sink.Write(NoBom.GetBytes(parts[i]));
                }
            }

            sink.Flush();
        }

        viaSink.ToArray().Should().Equal(viaWriter.ToArray());
    }

    [Fact]
    public void Bytes_to_a_text_writer_are_written_as_their_text()
    {
        var writer = new StringWriter();
        var sink = OutputSink.For(writer);

        sink.Write("[");
        sink.Write(NoBom.GetBytes("“é”"));
        sink.Flush();

        writer.ToString().Should().Be("[“é”");
    }

    [Fact]
    public void A_writer_that_writes_a_byte_order_mark_still_writes_it()
    {
        var withBom = new MemoryStream();
        using (var writer = new StreamWriter(withBom, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            var sink = OutputSink.For(writer);
            sink.Write(NoBom.GetBytes("é"));
            sink.Flush();
        }

        withBom.ToArray().Should().Equal(0xEF, 0xBB, 0xBF, 0xC3, 0xA9);
    }
}
