using NewsApi.Access;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Errors;
using NewsApi.Export;
using NewsApi.Health;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.Limits;
using NewsApi.Observability;
using NewsApi.OpenApi;
using NewsApi.Quotes;
using NewsApi.Reader;
using NewsApi.Representations;
using NewsApi.Search;
using NewsApi.Security;

if (await CommandLine.RunCommandAsync(args, Console.Out, Console.Error) is { } exitCode)
    return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNewsShutdown();
builder.Services.AddNewsObservability();
builder.Services.AddNewsSecurity();
builder.Services.AddNewsLimits(builder.Configuration);
builder.Services.AddNewsData(builder.Configuration);
builder.Services.AddNewsArticles();
builder.Services.AddNewsEntities();
builder.Services.AddNewsQuotes();
builder.Services.AddNewsAccess();
builder.Services.AddNewsIngestion(builder.Configuration);
builder.Services.AddNewsJson();
builder.Services.AddNewsProblemDetails();
builder.Services.AddNewsOpenApi();
builder.Services.AddNewsRepresentations(builder.Configuration);

var app = builder.Build();

app.UseNewsForwardedHeaders();
app.UseNewsObservability();
app.UseNewsHead();
app.UseNewsSecurity();
app.UseNewsRepresentations();
app.UseNewsProblemDetails();
app.UseNewsLimits();
app.UseNewsRequestContract();
app.UseNewsOpenApi();

app.MapArticles();
app.MapIngestion();
app.MapQuotes();
app.MapEntities();
app.MapSearch();
app.MapHealth();
app.MapMetrics();
app.MapReader();
app.MapExport();

await app.InitializeDatabaseAsync();
return await app.RunServerAsync(Console.Error);
