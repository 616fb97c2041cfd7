namespace NewsApi.Tests.Cluster;

/// <summary>A test that runs Debian's haproxy: skipped, with the reason, where it is not installed, unless <see cref="LoadBalancedCluster.RequireVariable"/> is set.</summary>
public sealed class HaproxyFactAttribute : Xunit.FactAttribute
{
    public HaproxyFactAttribute() =>
        Skip = ClusterFactAttribute.SkipReason(LoadBalancedCluster.Haproxy is null ? "haproxy is not installed (Debian: apt-get install haproxy)" : null, LoadBalancedCluster.Required);
}
