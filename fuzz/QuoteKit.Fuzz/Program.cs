using SharpFuzz;

namespace QuoteKit.Fuzz;

/// <summary>
/// Entry point. With no argument it is the afl-fuzz target (see ../run.sh). Other modes:
/// <c>seeds DIR</c> writes the seed corpus; <c>replay PATH...</c> runs the target on saved inputs (files or folders,
/// e.g. findings/default/crashes) without afl-fuzz and prints each failure with its stack.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "seeds")
        {
            Console.WriteLine($"wrote {FuzzTarget.WriteSeeds(args[1])} seeds to {args[1]}");
            return 0;
        }

        if (args.Length >= 1 && args[0] == "replay")
        {
            return Replay(args.Skip(1));
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)) : [p]).Order().ToList();
        int failures = 0;
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"FAIL {file}");
                Console.WriteLine(e);
                Console.WriteLine();
            }
        }

        Console.WriteLine($"{files.Count - failures} passed, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
