namespace QuoteKit.Cli.Batch;

/// <summary>
/// Maps a possibly endless sequence on a bounded number of workers and hands the results on in input order.
/// At most <c>degree</c> items are worked on at once and at most <c>window</c> results wait for their turn, so
/// memory stays constant however long the input; the source is read and the results consumed on the calling thread.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>How many results may wait per worker: enough to keep workers busy behind one slow document.</summary>
    public const int WindowPerWorker = 4;

    /// <summary>Runs <paramref name="work"/> over <paramref name="source"/> and passes each result to <paramref name="sink"/>, in source order.</summary>
    /// <param name="source">The items; enumerated once, lazily, on the calling thread.</param>
    /// <param name="work">The work on one item; must not throw (turn failures into results).</param>
    /// <param name="sink">Receives the results in source order, on the calling thread.</param>
    /// <param name="degree">The most items worked on at once; 1 works on the calling thread.</param>
    /// <param name="cancellationToken">Stops taking new items.</param>
    public static void Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, Action<TOut> sink, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        if (degree == 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sink(work(item));
            }

            return;
        }

        int window = degree * WindowPerWorker;
        var pending = new Queue<Task<TOut>>(window);
        using var workers = new SemaphoreSlim(degree);
        try
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (pending.Count > 0 && (pending.Count >= window || pending.Peek().IsCompleted))
                {
                    sink(pending.Dequeue().GetAwaiter().GetResult());
                }

                workers.Wait(cancellationToken);
                pending.Enqueue(Task.Run(() =>
                {
                    try
                    {
                        return work(item);
                    }
                    finally
                    {
                        workers.Release();
                    }
                }));
            }

            while (pending.Count > 0)
            {
                sink(pending.Dequeue().GetAwaiter().GetResult());
            }
        }
        finally
        {
            // On cancellation or a failing sink, let started work finish before the semaphore is disposed.
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // the first failure is already propagating
                }
            }
        }
    }
}
