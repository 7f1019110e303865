using System.Runtime.ExceptionServices;

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

        new Ordered<TIn, TOut>(work, degree, degree * WindowPerWorker).Run(source, sink, cancellationToken);
    }

    /// <summary>
    /// One run: <c>degree</c> dedicated worker threads take items from a short queue and file their results by
    /// sequence number; the calling thread feeds the queue and hands results on in order. Every wait is a
    /// <see cref="Monitor.Wait(object)"/> on one lock, which blocks without spinning: a spinning waiter (a
    /// <see cref="SemaphoreSlim"/>, a thread-pool worker looking for work) burns the very cores the workers need, so
    /// on two cores the earlier task-based version used about half as much CPU again as the extraction itself.
    /// </summary>
    private sealed class Ordered<TIn, TOut>(Func<TIn, TOut> work, int degree, int window)
    {
        private readonly object _gate = new();
        private readonly Queue<(long Sequence, TIn Item)> _inbox = new();
        private readonly Dictionary<long, (TOut Result, ExceptionDispatchInfo? Error)> _done = [];
        private bool _closed;

        // Read and written by the calling thread only: how many items were queued, and the next result to hand on.
        private long _issued;
        private long _next;

        public void Run(IEnumerable<TIn> source, Action<TOut> sink, CancellationToken cancellationToken)
        {
            var workers = new Thread[degree];
            for (int w = 0; w < degree; w++)
            {
                workers[w] = new Thread(Work) { IsBackground = true, Name = "quotekit worker" };
                workers[w].Start();
            }

            try
            {
                foreach (var item in source)
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    // Hand on what is ready; wait while the window is full or the workers have enough queued.
                    Drain(sink, all: false);
                    lock (_gate)
                    {
                        _inbox.Enqueue((_issued++, item));
                        Monitor.PulseAll(_gate);
                    }
                }

                Drain(sink, all: true);
            }
            finally
            {
                // On cancellation or a failing sink, drop the queued items and let started work finish.
                lock (_gate)
                {
                    _closed = true;
                    _inbox.Clear();
                    Monitor.PulseAll(_gate);
                }

                foreach (var worker in workers)
                {
                    worker.Join();
                }
            }
        }

        /// <summary>
        /// Passes the ready results on to <paramref name="sink"/> in order (outside the lock). When the next one is not
        /// ready, waits for it if <paramref name="all"/> (until every queued item is handed on), or if the window is
        /// full or the workers have enough queued; otherwise returns.
        /// </summary>
        private void Drain(Action<TOut> sink, bool all)
        {
            while (_next < _issued)
            {
                (TOut Result, ExceptionDispatchInfo? Error) done;
                lock (_gate)
                {
                    while (!_done.ContainsKey(_next))
                    {
                        if (!all && _issued - _next < window && _inbox.Count < degree)
                        {
                            return;
                        }

                        Monitor.Wait(_gate);
                    }

                    _done.Remove(_next, out done);
                }

                done.Error?.Throw();
                sink(done.Result);
                _next++;
            }
        }

        private void Work()
        {
            while (true)
            {
                long sequence;
                TIn item;
                lock (_gate)
                {
                    while (_inbox.Count == 0 && !_closed)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_inbox.Count == 0)
                    {
                        return;
                    }

                    (sequence, item) = _inbox.Dequeue();
                    Monitor.PulseAll(_gate); // room in the inbox
                }

                (TOut, ExceptionDispatchInfo?) done;
                try
                {
                    done = (work(item), null);
                }
                catch (Exception e)
                {
                    done = (default!, ExceptionDispatchInfo.Capture(e));
                }

                lock (_gate)
                {
                    _done[sequence] = done;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
