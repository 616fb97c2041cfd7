namespace NewsApi.Hosting;

public static class ShutdownSetup
{
    /// <summary>
    /// On SIGTERM (docker stop, Kubernetes) Kestrel stops accepting, lets requests in flight finish for up to
    /// <c>NewsApi:ShutdownTimeoutSeconds</c> (default 8: under Docker's 10 s grace before SIGKILL), then the process exits 0.
    /// </summary>
    public static IServiceCollection AddNewsShutdown(this IServiceCollection services)
    {
        services.AddOptions<HostOptions>().Configure<IConfiguration>((options, configuration) =>
            options.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("NewsApi:ShutdownTimeoutSeconds", 8.0)));
        return services;
    }
}
