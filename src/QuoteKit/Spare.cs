namespace QuoteKit;

/// <summary>
/// One object a thread keeps for its next document (a workspace, a list): held strongly while it is of the usual
/// size, and only weakly once a large document has grown it, so a stream of large documents keeps reusing it while
/// one huge document's room is let go at the garbage collector's next full collection (issue 8: the 1 MB article
/// allocated its objects and lists anew on every call while they were dropped at fixed sizes). Use it as a
/// <see cref="ThreadStaticAttribute"/> field; never shared between threads.
/// </summary>
/// <typeparam name="T">What is kept.</typeparam>
internal struct Spare<T>
    where T : class
{
    private T? _kept;
    private WeakReference<T>? _large;

    /// <summary>The kept object, or null when there is none (or the collector took a large one); it is no longer kept.</summary>
    public T? Take()
    {
        var kept = _kept;
        _kept = null;
        if (kept is null && _large is { } weak && weak.TryGetTarget(out kept))
        {
            weak.SetTarget(null!);
        }

        return kept;
    }

    /// <summary>Keeps <paramref name="item"/> for the next <see cref="Take"/>: strongly, or weakly when <paramref name="large"/>.</summary>
    public void Keep(T item, bool large)
    {
        if (!large)
        {
            _kept = item;
        }
        else if (_large is { } weak)
        {
            weak.SetTarget(item);
        }
        else
        {
            _large = new WeakReference<T>(item);
        }
    }
}
