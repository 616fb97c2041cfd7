using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.IO.Pipelines;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace NewsApi.Errors;

/// <summary>
/// A query parameter an endpoint accepts beyond its handler's own, added by a layer around the handler (the
/// representation layer's <c>format</c>).
/// </summary>
public sealed record ExtraQueryParameterMetadata(string Name);

/// <summary>Where a parameter's value comes from.</summary>
public enum ParameterSource { Query, Route, Header }

/// <summary>One parameter as it appears on the wire, with the member of the handler (or its record) it binds to.</summary>
public sealed record RequestParameter(string Name, ParameterSource Source, Type Type, string MemberName, string? Description);

/// <summary>
/// What an endpoint reads from the request, derived from its handler's signature (<c>[AsParameters]</c> records
/// expanded, <c>[FromQuery(Name = …)]</c> honoured) plus <see cref="ExtraQueryParameterMetadata"/>. Checked before the
/// framework binds anything, so that a value that cannot bind (<c>limit=abc</c>) and a query parameter the endpoint
/// does not know (<c>page=2</c>) are a 400 naming the parameter, as <see cref="QueryValidator"/> names the rest.
/// A parameter added to a handler or its record is accepted and checked without further work.
/// </summary>
public sealed class RequestContract
{
    static readonly ConditionalWeakTable<Endpoint, RequestContract?> Contracts = [];

    static readonly HashSet<Type> FrameworkTypes =
    [
        typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(ClaimsPrincipal),
        typeof(Stream), typeof(PipeReader), typeof(IFormFile), typeof(IFormFileCollection), typeof(IFormCollection),
    ];

    RequestContract(string operation, IReadOnlyList<RequestParameter> parameters)
    {
        Operation = operation;
        Parameters = parameters;
        QueryNames = [.. parameters.Where(p => p.Source == ParameterSource.Query).Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>"GET /articles/{id}", as an error names it.</summary>
    public string Operation { get; }

    public IReadOnlyList<RequestParameter> Parameters { get; }

    /// <summary>The query parameters the endpoint accepts, in the order its handler declares them.</summary>
    public IReadOnlyList<string> QueryNames { get; }

    /// <summary>The contract of a route handler endpoint; null for anything else (middleware, static files).</summary>
    public static RequestContract? For(Endpoint endpoint) =>
        Contracts.GetValue(endpoint, e => e is RouteEndpoint route ? Build(e.Metadata, route.RoutePattern) : null);

    /// <summary>The contract of a documented operation (for the OpenAPI document).</summary>
    public static RequestContract? For(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description) =>
        Build(description.ActionDescriptor.EndpointMetadata, RoutePatternFactory.Parse("/" + description.RelativePath));

    static RequestContract? Build(IEnumerable<object> metadata, RoutePattern pattern)
    {
        if (metadata.OfType<MethodInfo>().LastOrDefault() is not { } handler) return null;
        // a bare RequestDelegate (/metrics) reads what it likes from the request: nothing to check it against
        if (handler.GetParameters() is [{ ParameterType: var only }] && only == typeof(HttpContext) && handler.ReturnType == typeof(Task)) return null;
        var routeNames = pattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parameters = new List<RequestParameter>();
        foreach (var parameter in handler.GetParameters())
            Collect(parameter.Name!, parameter.ParameterType, parameter.GetCustomAttributes(), null, routeNames, parameters);
        foreach (var extra in metadata.OfType<ExtraQueryParameterMetadata>())
            if (!parameters.Any(p => p.Source == ParameterSource.Query && string.Equals(p.Name, extra.Name, StringComparison.OrdinalIgnoreCase)))
                parameters.Add(new RequestParameter(extra.Name, ParameterSource.Query, typeof(string), extra.Name, null));
        var methods = metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
        return new RequestContract($"{string.Join("/", methods)} {RoutePatternText(pattern)}".Trim(), parameters);
    }

    // the framework's own inference: attributes first, then a route value by name, then the query for a parsable type
    static void Collect(string name, Type type, IEnumerable<Attribute> attributes, string? description, HashSet<string> routeNames, List<RequestParameter> into)
    {
        var attrs = attributes.ToList();
        description ??= attrs.OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
        if (attrs.Any(a => a is AsParametersAttribute))
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (constructor is { } c && c.GetParameters().Length > 0)
                foreach (var p in c.GetParameters())
                {
                    var property = properties.FirstOrDefault(pr => string.Equals(pr.Name, p.Name, StringComparison.Ordinal));
                    Collect(p.Name!, p.ParameterType, [.. p.GetCustomAttributes(), .. property?.GetCustomAttributes() ?? []],
                        property?.GetCustomAttribute<DescriptionAttribute>()?.Description, routeNames, into);
                }
            else
                foreach (var property in properties.Where(pr => pr.CanWrite))
                    Collect(property.Name, property.PropertyType, property.GetCustomAttributes(), null, routeNames, into);
            return;
        }
        if (attrs.Any(a => a is IFromServiceMetadata or IFromBodyMetadata or IFromFormMetadata or FromKeyedServicesAttribute)) return;
        if (attrs.OfType<IFromQueryMetadata>().FirstOrDefault() is { } query) { into.Add(new(query.Name ?? name, ParameterSource.Query, type, name, description)); return; }
        if (attrs.OfType<IFromRouteMetadata>().FirstOrDefault() is { } fromRoute) { into.Add(new(fromRoute.Name ?? name, ParameterSource.Route, type, name, description)); return; }
        if (attrs.OfType<IFromHeaderMetadata>().FirstOrDefault() is { } header) { into.Add(new(header.Name ?? name, ParameterSource.Header, type, name, description)); return; }
        if (FrameworkTypes.Contains(type)) return;
        if (routeNames.Contains(name)) into.Add(new(name, ParameterSource.Route, type, name, description));
        else if (ValueParser.For(type) is not null) into.Add(new(name, ParameterSource.Query, type, name, description));
    }

    /// <summary>Every unknown query parameter and every value that cannot bind, by parameter name; empty when the request fits.</summary>
    public IReadOnlyDictionary<string, string[]> Check(HttpRequest request)
    {
        // made at the first problem: most requests have none, and this runs on every one
        Dictionary<string, string[]>? errors = null;
        foreach (var (key, _) in request.Query)
            if (!QueryNames.Contains(key, StringComparer.OrdinalIgnoreCase))
                (errors ??= new(StringComparer.Ordinal))[key] = [QueryNames.Count == 0
                    ? $"{key} is not a parameter of {Operation}, which takes no query parameters."
                    : $"{key} is not a parameter of {Operation}; it accepts: {string.Join(", ", QueryNames)}."];

        foreach (var parameter in Parameters)
        {
            var values = parameter.Source switch
            {
                ParameterSource.Query => request.Query[parameter.Name],
                ParameterSource.Header => request.Headers[parameter.Name],
                _ => request.RouteValues.TryGetValue(parameter.Name, out var v)
                    ? new StringValues(v as string ?? Convert.ToString(v, CultureInfo.InvariantCulture)) : StringValues.Empty,
            };
            if (Problem(parameter, values) is { } message) (errors ??= new(StringComparer.Ordinal))[parameter.Name] = [message];
        }
        return errors ?? NoErrors;
    }

    static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    static string? Problem(RequestParameter parameter, StringValues values)
    {
        var isList = parameter.Type.IsArray;
        var element = isList ? parameter.Type.GetElementType()! : parameter.Type;
        if (values.Count == 0) return null;
        if (!isList && values.Count > 1) return $"{parameter.Name} may be given only once; got it {values.Count} times.";
        if (ValueParser.For(element) is not { } parser) return null;
        foreach (var value in values)
        {
            if (parser.TryParse(value ?? "")) continue;
            var shown = value is { Length: > 40 } ? value[..40] + "…" : value;
            var each = isList ? "each " : "";
            var hint = parameter.Description is { } d ? $" ({parameter.Name}: {d})" : "";
            return $"{each}{parameter.Name} must be {parser.Expected}; got '{shown}'.{hint}";
        }
        return null;
    }

    static string RoutePatternText(RoutePattern pattern)
    {
        var text = "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => "",
        }))));
        return text;
    }
}

/// <summary>Whether a text binds to a type the way the framework binds it (<c>TryParse</c> with the invariant culture), and how to say what it expects.</summary>
sealed class ValueParser(Func<string, bool> tryParse, string expected)
{
    static readonly ConcurrentDictionary<Type, ValueParser?> Parsers = new();

    public string Expected { get; } = expected;

    public bool TryParse(string value) => tryParse(value);

    public static ValueParser? For(Type type) => Parsers.GetOrAdd(Nullable.GetUnderlyingType(type) ?? type, Create);

    static bool TryParseParsable<T>(string value) where T : IParsable<T> => T.TryParse(value, CultureInfo.InvariantCulture, out _);

    static ValueParser? Create(Type type)
    {
        if (type == typeof(string) || type == typeof(StringValues)) return new(_ => true, "text");
        if (type.IsEnum) return new(v => Enum.TryParse(type, v, ignoreCase: true, out _), $"one of: {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}");
        var expected = type switch
        {
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(long) => $"a whole number no larger than {long.MaxValue}",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "an ISO 8601 date-time",
            _ when type == typeof(DateOnly) => "an ISO 8601 date",
            _ when type == typeof(Guid) => "a UUID",
            _ => "a valid value",
        };
        var withProvider = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        // the runtime's own parsable types through their IParsable<T> TryParse, the very method found above, called
        // directly: a reflection call boxes and allocates its arguments, and this runs for every route id
        if (withProvider is not null && type.Namespace == "System" && type.IsValueType
            && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)))
            return new(typeof(ValueParser).GetMethod(nameof(TryParseParsable), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).CreateDelegate<Func<string, bool>>(), expected);
        if (withProvider is not null)
            return new(v => (bool)withProvider.Invoke(null, [v, CultureInfo.InvariantCulture, null])!, expected);
        var plain = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]);
        return plain is null ? null : new(v => (bool)plain.Invoke(null, [v, null])!, expected);
    }
}

public static class RequestContractSetup
{
    /// <summary>
    /// Answers 400 before binding when the request does not fit its endpoint's <see cref="RequestContract"/>:
    /// an unknown query parameter (listing the accepted ones) or a value that cannot bind.
    /// </summary>
    public static WebApplication UseNewsRequestContract(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is { } endpoint && RequestContract.For(endpoint) is { } contract
                && contract.Check(context.Request) is { Count: > 0 } errors)
            {
                var validator = new QueryValidator();
                foreach (var (name, messages) in errors) validator.Add(name, messages[0]);
                var unknown = errors.Keys.Any(k => !contract.Parameters.Any(p => string.Equals(p.Name, k, StringComparison.OrdinalIgnoreCase)));
                var detail = !unknown ? null : contract.QueryNames.Count == 0
                    ? $"{contract.Operation} takes no query parameters."
                    : $"{contract.Operation} accepts these query parameters: {string.Join(", ", contract.QueryNames)}.";
                await validator.Problem(detail).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }
}
