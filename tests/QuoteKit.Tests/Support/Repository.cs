namespace QuoteKit.Tests.Support;

/// <summary>Locates the repository checkout and the seed article from a test's working directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "putin-xi-military-cooperation.txt");

    public static string SeedText => File.ReadAllText(SeedPath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find QuoteKit.sln above " + AppContext.BaseDirectory);
    }
}
