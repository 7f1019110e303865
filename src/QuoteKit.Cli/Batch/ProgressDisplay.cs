using System.Globalization;

namespace QuoteKit.Cli.Batch;

/// <summary>
/// One self-overwriting status line on stderr ("1,204 documents, 3,310 quotes, 2 errors · 180.4 documents/s"),
/// drawn at most a few times a second, and only when enabled (stderr is a terminal): logs stay clean.
/// </summary>
internal sealed class ProgressDisplay
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly TimeProvider _time;
    private readonly long _started;
    private long _lastDrawn;
    private bool _visible;

    /// <param name="error">Where to draw (stderr).</param>
    /// <param name="enabled">False draws nothing at all.</param>
    /// <param name="time">The clock.</param>
    public ProgressDisplay(TextWriter error, bool enabled, TimeProvider time)
    {
        _error = error;
        _enabled = enabled;
        _time = time;
        _started = time.GetTimestamp();
        _lastDrawn = _started;
    }

    /// <summary>Redraws the line if enough time has passed since it was last drawn.</summary>
    public void Update(BatchStatistics statistics)
    {
        if (!_enabled)
        {
            return;
        }

        long now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_lastDrawn, now) < Interval)
        {
            return;
        }

        _lastDrawn = now;
        _error.Write("\r\u001b[K" + Line(statistics, _time.GetElapsedTime(_started, now)));
        _error.Flush();
        _visible = true;
    }

    /// <summary>Removes the line, before a message is printed or at the end.</summary>
    public void Clear()
    {
        if (_visible)
        {
            _error.Write("\r\u001b[K");
            _error.Flush();
            _visible = false;
        }
    }

    /// <summary>The text of the status line.</summary>
    public static string Line(BatchStatistics statistics, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return string.Create(CultureInfo.InvariantCulture,
            $"quotekit: {BatchStatistics.Count(statistics.Documents, "document")}, {BatchStatistics.Count(statistics.Quotes, "quote")}, {BatchStatistics.Count(statistics.Errors, "error")} · {statistics.Documents / seconds:0.0} documents/s");
    }
}
