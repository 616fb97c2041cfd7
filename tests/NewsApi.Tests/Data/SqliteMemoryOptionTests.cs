using Microsoft.Extensions.Configuration;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

public sealed class SqliteMemoryOptionTests
{
    static IConfiguration With(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseOptions.SqliteMemoryKey] = value }).Build();

    [Theory]
    [InlineData(null, 16L * 1024 * 1024)]
    [InlineData("", 16L * 1024 * 1024)]
    [InlineData("0", 0L)]
    [InlineData("64", 64L * 1024 * 1024)]
    public void SqliteMemory_IsGivenInMiB_With16ByDefault_And0ForNoLimit(string? value, long bytes) =>
        Assert.Equal(bytes, DatabaseOptions.SqliteMemoryBytes(With(value)));

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    [InlineData("65537")]
    public void SqliteMemory_OutOfRange_StopsStartUpNamingTheSetting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.SqliteMemoryBytes(With(value)));
        Assert.Contains(DatabaseOptions.SqliteMemoryKey, error.Message, StringComparison.Ordinal);
    }
}
