using System.Globalization;

namespace QuoteKit.Cli.Commands;

/// <summary>Sizes as people write them on a command line: <c>10MB</c>, <c>512k</c>, <c>1G</c>, <c>4096</c> (bytes; K, M, G are powers of 1024).</summary>
internal static class ByteSize
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a positive size.</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var s = (text ?? "").Trim();
        int end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.'))
        {
            end++;
        }

        if (end == 0 || !double.TryParse(s[..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number))
        {
            return false;
        }

        long unit = s[end..].Trim().ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "K" or "KB" or "KIB" => 1L << 10,
            "M" or "MB" or "MIB" => 1L << 20,
            "G" or "GB" or "GIB" => 1L << 30,
            _ => 0,
        };
        double value = number * unit;
        if (unit == 0 || value < 1 || value > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)value;
        return true;
    }
}
