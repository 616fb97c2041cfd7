namespace NewsApi.Tests.Postgres;

public sealed class PostgresFactAttributeTests
{
    [Fact]
    public void PostgresMissing_SkipsWithTheReason()
    {
        var skip = PostgresFactAttribute.SkipReason("PostgreSQL is not installed", required: false);

        Assert.Equal($"PostgreSQL is not installed; set {PostgresCluster.RequireVariable}=1 to make this a failure", skip);
    }

    [Fact]
    public void PostgresMissing_WhenRequired_RunsTheTestToFail() =>
        Assert.Null(PostgresFactAttribute.SkipReason("PostgreSQL is not installed", required: true));

    [Fact]
    public void PostgresInstalled_RunsTheTest() =>
        Assert.Null(PostgresFactAttribute.SkipReason(null, required: false));
}
