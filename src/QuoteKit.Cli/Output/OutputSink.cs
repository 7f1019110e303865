using System.Text;

namespace QuoteKit.Cli.Output;

/// <summary>
/// Where the CLI writes its output: text (prologue, separators, error records) and the UTF-8 bytes of each document's
/// record, which the workers have already encoded (issue 8: the writing thread only copies bytes). Writes to the
/// stream under a UTF-8 <see cref="StreamWriter"/> without a byte-order mark directly; to any other writer as text.
/// </summary>
internal abstract class OutputSink
{
    /// <summary>Writes <paramref name="text"/>.</summary>
    public abstract void Write(string text);

    /// <summary>Writes UTF-8 encoded text.</summary>
    public abstract void Write(ReadOnlySpan<byte> utf8);

    /// <summary>Writes out what is buffered, down to the writer's stream.</summary>
    public abstract void Flush();

    /// <summary>A sink for <paramref name="writer"/>; nothing must be written to the writer while the sink is in use.</summary>
    public static OutputSink For(TextWriter writer) =>
        writer is StreamWriter { Encoding: UTF8Encoding utf8 } stream && utf8.Preamble.Length == 0
            ? new StreamSink(stream)
            : new WriterSink(writer);

    /// <summary>Bytes go into a buffer in front of the writer's stream; text is encoded as UTF-8, as the writer would.</summary>
    private sealed class StreamSink : OutputSink
    {
        private const int BufferSize = 64 * 1024;
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[BufferSize];
        private int _used;

        public StreamSink(StreamWriter writer)
        {
            writer.Flush(); // what the writer holds goes first
            _stream = writer.BaseStream;
        }

        public override void Write(string text)
        {
            int max = Utf8.GetMaxByteCount(text.Length);
            if (max > BufferSize)
            {
                Write(Utf8.GetBytes(text));
                return;
            }

            if (max > BufferSize - _used)
            {
                FlushBuffer();
            }

            _used += Utf8.GetBytes(text, _buffer.AsSpan(_used));
        }

        public override void Write(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > BufferSize - _used)
            {
                FlushBuffer();
            }

            if (utf8.Length >= BufferSize)
            {
                _stream.Write(utf8);
                return;
            }

            utf8.CopyTo(_buffer.AsSpan(_used));
            _used += utf8.Length;
        }

        public override void Flush()
        {
            FlushBuffer();
            _stream.Flush();
        }

        private void FlushBuffer()
        {
            if (_used > 0)
            {
                _stream.Write(_buffer, 0, _used);
                _used = 0;
            }
        }
    }

    /// <summary>Any other writer (a <see cref="StringWriter"/> in tests): bytes are decoded and written as text.</summary>
    private sealed class WriterSink(TextWriter writer) : OutputSink
    {
        public override void Write(string text) => writer.Write(text);

        public override void Write(ReadOnlySpan<byte> utf8) => writer.Write(Encoding.UTF8.GetString(utf8));

        public override void Flush() => writer.Flush();
    }
}
