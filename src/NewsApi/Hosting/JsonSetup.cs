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
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
}
