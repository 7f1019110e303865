namespace QuoteKit;

/// <summary>
/// Objects of one kind handed out again document after document on one thread: <see cref="Next"/> returns an
/// object made earlier (after <see cref="Clear"/>) or a new one; the caller resets what it reuses. Objects beyond
/// <paramref name="maxKept"/> are not kept, so a huge document's objects do not stay alive. Never shared between
/// threads, and never used for objects that a result returned to the user references.
/// </summary>
/// <param name="create">Makes a new object.</param>
/// <param name="maxKept">How many objects <see cref="Clear"/> keeps for reuse.</param>
internal sealed class Recycler<T>(Func<T> create, int maxKept)
    where T : class
{
    private readonly List<T> _items = [];
    private int _used;

    /// <summary>How many objects were handed out since the last <see cref="Clear"/>.</summary>
    public int Count => _used;

    /// <summary>An object made earlier and handed out again, or a new one.</summary>
    public T Next()
    {
        if (_used < _items.Count)
        {
            return _items[_used++];
        }

        var item = create();
        _items.Add(item);
        _used++;
        return item;
    }

    /// <summary>Takes every object back; they may be handed out again.</summary>
    /// <summary>
    /// Makes every object available again and keeps them all, however many (see <see cref="QuoteExtractor"/>'s
    /// workspace, which holds a large recycler only weakly); true when more than the kept number are kept.
    /// </summary>
    public bool Rewind()
    {
        _used = 0;
        return _items.Count > maxKept;
    }

    public void Clear()
    {
        _used = 0;
        if (_items.Count > maxKept)
        {
            _items.RemoveRange(maxKept, _items.Count - maxKept);
        }
    }
}
