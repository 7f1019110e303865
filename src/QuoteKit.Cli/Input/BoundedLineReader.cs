namespace QuoteKit.Cli.Input;

/// <summary>
/// Reads a stream line by line (LF or CRLF) without ever holding more than one line of at most a given length:
/// a longer line is skipped to its end and reported, so an endless or hostile stream runs in constant memory.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _line = new byte[4 * 1024];
    private int _position;
    private int _length;

    /// <param name="stream">The stream to read; not disposed here.</param>
    /// <param name="maxLineBytes">The longest line returned, in bytes, without its line break.</param>
    public BoundedLineReader(Stream stream, long maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = (int)Math.Clamp(maxLineBytes, 1, Array.MaxLength);
    }

    /// <summary>The number of the line last read, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line's bytes without its line break, or null when it was longer than the limit.</param>
    /// <param name="length">The line's length in bytes, also when it was too long.</param>
    /// <returns>False at the end of the stream.</returns>
    public bool TryReadLine(out byte[]? line, out long length)
    {
        line = null;
        length = 0;
        int kept = 0;
        bool tooLong = false;
        bool readAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!readAny)
                    {
                        return false;
                    }

                    break;
                }
            }

            readAny = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            int newline = available.IndexOf((byte)'\n');
            int take = newline < 0 ? available.Length : newline;
            length += take;
            if (!tooLong)
            {
                if (kept + (long)take > _maxLineBytes + 1L)
                {
                    tooLong = true; // + 1 leaves room for a CR that is not part of the line
                }
                else
                {
                    EnsureCapacity(kept + take);
                    available[..take].CopyTo(_line.AsSpan(kept));
                    kept += take;
                }
            }

            _position += take;
            if (newline >= 0)
            {
                _position++;
                break;
            }
        }

        LineNumber++;
        if (!tooLong && kept > 0 && _line[kept - 1] == (byte)'\r')
        {
            kept--;
            length--;
        }

        if (tooLong || kept > _maxLineBytes)
        {
            return true;
        }

        line = _line.AsSpan(0, kept).ToArray();
        return true;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _line.Length)
        {
            Array.Resize(ref _line, (int)Math.Min(Math.Max(needed, (long)_line.Length * 2), Array.MaxLength));
        }
    }
}
