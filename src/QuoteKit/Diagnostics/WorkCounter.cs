using System.Runtime.CompilerServices;

namespace QuoteKit.Diagnostics;

/// <summary>What a unit of counted work is.</summary>
internal enum WorkKind
{
    /// <summary>One character looked at by a scanning pass (paragraphs, quotation marks, sentences).</summary>
    Characters,

    /// <summary>One token visited by a pass over tokens (tokenizer output, cue and mention finders).</summary>
    Tokens,

    /// <summary>One candidate considered by a decision (a mention scored for a quote, a mention compared for coreference).</summary>
    Candidates,
}

/// <summary>
/// Counts the work the pipeline does, so that tests can state and check a linear bound ("at most k units of work per
/// input character") by counting instead of timing. Passes call <see cref="Add"/> once per unit or once per batch
/// of units; nothing is counted unless a test has opened a <see cref="WorkTally"/> on the current thread.
/// </summary>
/// <remarks>
/// Cost when unused: one read of a static field and a branch that is never taken. Counting is per thread because an
/// extraction runs on the caller's thread; a pass that moves work to other threads would have to forward its tally.
/// </remarks>
internal static class WorkCounter
{
    // Number of tallies open on any thread: zero in production, so Add returns after one comparison.
    private static int s_openTallies;

    [ThreadStatic]
    private static WorkTally? t_current;

    /// <summary>Records <paramref name="units"/> units of work of the given kind on the current thread's tally, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(WorkKind kind, int units = 1)
    {
        if (Volatile.Read(ref s_openTallies) != 0)
        {
            AddToCurrent(kind, units);
        }
    }

    /// <summary>Starts counting the work done on the current thread until the returned tally is disposed.</summary>
    public static WorkTally Start() => new();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddToCurrent(WorkKind kind, int units) => t_current?.Record(kind, units);

    /// <summary>Makes <paramref name="tally"/> the current thread's tally and returns the one it replaces.</summary>
    internal static WorkTally? Open(WorkTally tally)
    {
        var previous = t_current;
        t_current = tally;
        Interlocked.Increment(ref s_openTallies);
        return previous;
    }

    /// <summary>Restores <paramref name="previous"/> as the current thread's tally.</summary>
    internal static void Close(WorkTally? previous)
    {
        t_current = previous;
        Interlocked.Decrement(ref s_openTallies);
    }
}

/// <summary>
/// The work counted on one thread while it is open. Tallies nest: an inner tally counts on its own and the outer one
/// resumes when the inner is disposed. An optional trigger runs once when the total reaches a threshold, which lets a
/// test cancel an extraction at a chosen point of its work, deterministically.
/// </summary>
internal sealed class WorkTally : IDisposable
{
    private readonly long[] _units = new long[3];
    private readonly WorkTally? _previous;
    private long _triggerAt = long.MaxValue;
    private Action? _trigger;
    private bool _disposed;

    internal WorkTally()
    {
        _previous = WorkCounter.Open(this);
    }

    /// <summary>All units counted, of every kind.</summary>
    public long Total { get; private set; }

    /// <summary>The total when the trigger ran, or -1 when it has not run.</summary>
    public long TriggeredAt { get; private set; } = -1;

    /// <summary>Units counted of one kind.</summary>
    public long this[WorkKind kind] => _units[(int)kind];

    /// <summary>Runs <paramref name="action"/> once, as soon as the total reaches <paramref name="threshold"/>.</summary>
    public WorkTally OnReaching(long threshold, Action action)
    {
        _triggerAt = threshold;
        _trigger = action;
        return this;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            WorkCounter.Close(_previous);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Total:N0} units ({this[WorkKind.Characters]:N0} characters, {this[WorkKind.Tokens]:N0} tokens, {this[WorkKind.Candidates]:N0} candidates)";

    internal void Record(WorkKind kind, int units)
    {
        _units[(int)kind] += units;
        Total += units;
        if (Total >= _triggerAt && _trigger is { } trigger)
        {
            _trigger = null;
            TriggeredAt = Total;
            trigger();
        }
    }
}
