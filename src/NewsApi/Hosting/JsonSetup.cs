using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Hosting;

public static class JsonSetup
{
    /// <summary>camelCase properties and enums as camelCase strings ("person", "direct", "body").</summary>
    public static IServiceCollection AddNewsJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // curly quotes and dashes stay readable; responses are JSON, never inlined into HTML
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
}
