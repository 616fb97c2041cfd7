namespace NewsApi.Tests;

/// <summary>Files of the repository the tests run from (found by walking up to NewsApi.sln).</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsApi.sln not found above " + AppContext.BaseDirectory);
    }
}
