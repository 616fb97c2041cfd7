using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Hosting;

public static class JsonSetup
{
    /// <summary>camelCase properties and enums as camelCase strings ("person", "direct", "body").</summary>
    public static IServiceCollection AddNewsJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        // Swashbuckle describes schemas with the MVC options: keep both the same
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => Configure(options.JsonSerializerOptions));
        return services;
    }

    /// <summary>Options configured as the service's (for tools and benchmarks that serialise outside a request).</summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }

    static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // curly quotes and dashes stay readable; responses are JSON, never inlined into HTML
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
