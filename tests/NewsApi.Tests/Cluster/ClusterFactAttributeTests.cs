namespace NewsApi.Tests.Cluster;

public sealed class ClusterFactAttributeTests
{
    [Fact]
    public void HaproxyMissing_SkipsWithTheReason()
    {
        var skip = ClusterFactAttribute.SkipReason("haproxy is not installed", required: false);

        Assert.Equal($"haproxy is not installed; set {LoadBalancedCluster.RequireVariable}=1 to make this a failure", skip);
    }

    [Fact]
    public void HaproxyMissing_WhenRequired_RunsTheDrillToFail() =>
        Assert.Null(ClusterFactAttribute.SkipReason("haproxy is not installed", required: true));

    [Fact]
    public void EverythingInstalled_RunsTheDrill() =>
        Assert.Null(ClusterFactAttribute.SkipReason(null, required: false));
}
