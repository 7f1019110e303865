namespace QuoteKit.Detection;

/// <summary>
/// Counts the elementary steps a scan takes (characters looked at, marks decided, stack operations), so tests
/// can check the linear-time bound without timing anything.
/// </summary>
internal sealed class ScanSteps
{
    /// <summary>Steps counted so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Adds <paramref name="steps"/> steps.</summary>
    public void Add(long steps) => Steps += steps;

    /// <summary>Starts the count again at zero (a counter kept for the thread's next document).</summary>
    public void Reset() => Steps = 0;
}
