using System.Reflection;
using NewsApi.Tests.Postgres;

namespace NewsApi.Tests;

/// <summary>
/// <c>dotnet test --filter "Category!=Slow"</c> is the fast suite: the tests that start processes or run drills for
/// seconds carry <c>[Trait("Category", "Slow")]</c>.
/// </summary>
public sealed class SlowTestsTests
{
    static bool IsSlow(MemberInfo member) =>
        member.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && a.ConstructorArguments is [{ Value: "Category" }, { Value: "Slow" }]);

    static bool IsTest(MethodInfo method) => method.GetCustomAttributes<FactAttribute>().Any();

    [Theory]
    [InlineData("NewsApi.Tests.Ingestion.ImportCrashTests")]
    [InlineData("NewsApi.Tests.Ingestion.ServiceCrashTests")]
    [InlineData("NewsApi.Tests.Data.ConcurrentWritesTests")]
    [InlineData("NewsApi.Tests.Fuzz.OpenApiFuzzTests")]
    [InlineData("NewsApi.Tests.Hosting.ProcessTests")]
    [InlineData("NewsApi.Tests.Hosting.CommandLineTests")]
    public void CrashConcurrencyFuzzAndProcessSuites_AreSlow(string className)
    {
        var type = typeof(SlowTestsTests).Assembly.GetType(className, throwOnError: true)!;

        Assert.True(IsSlow(type), $"{className} has no [Trait(\"Category\", \"Slow\")]");
    }

    [Fact]
    public void EveryTestThatStartsTheApp_IsSlow()
    {
        // a test file that starts the built app (RunningApp, or a process of its own) holds one class, marked or with each test marked
        var starters = Directory.EnumerateFiles(RepoFiles.Path("tests", "NewsApi.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) is not ("RunningApp.cs" or nameof(SlowTestsTests) + ".cs"))
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("RunningApp.", StringComparison.Ordinal) || text.Contains("Process.Start", StringComparison.Ordinal)))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.Contains("CommandLineTests", starters);
        var tests = typeof(SlowTestsTests).Assembly.GetTypes().Where(t => starters.Contains(t.Name)).ToList();
        Assert.Equal(starters.Order(), tests.Select(t => t.Name).Order());
        Assert.All(tests, type => Assert.All(type.GetMethods().Where(IsTest).Where(m => !IsSlow(type) && !IsSlow(m)),
            m => Assert.Fail($"{type.Name}.{m.Name} may start the app but is not marked Slow")));
    }

    [Fact]
    public void EveryPostgresTest_IsSlow()
    {
        // each starts or uses the run's PostgreSQL cluster
        var tests = typeof(SlowTestsTests).Assembly.GetTypes().Where(t => !t.IsAbstract)
            .SelectMany(type => type.GetMethods().Where(m => (m.GetCustomAttributes<PostgresFactAttribute>().Any() || m.GetCustomAttributes<PostgresTheoryAttribute>().Any())).Select(m => (type, m)))
            .ToList();

        Assert.NotEmpty(tests);
        Assert.All(tests, t => Assert.True(IsSlow(t.type) || IsSlow(t.m), $"{t.type.Name}.{t.m.Name} uses PostgreSQL but is not marked Slow"));
    }
}
