using NewsApi.Tests.Postgres;

namespace NewsApi.Tests.Cluster;

/// <summary>
/// A drill on the loopback cluster of deploy/cluster: skipped, with the reason, on a machine that cannot start one
/// (no PostgreSQL, or no HAProxy and no way to install it), unless <see cref="LoadBalancedCluster.RequireVariable"/>
/// is set, when it runs and fails with that reason.
/// </summary>
public sealed class ClusterFactAttribute : Xunit.FactAttribute
{
    public ClusterFactAttribute() => Skip = SkipReason(LoadBalancedCluster.Missing, LoadBalancedCluster.Required);

    public static string? SkipReason(string? missing, bool required) =>
        missing is null || required ? null : $"{missing}; set {LoadBalancedCluster.RequireVariable}=1 to make this a failure";
}
