// The review UI and JSON API land here (see the README's roadmap); until then the host only answers health checks
// on loopback, so the project builds and its wiring is exercised.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
var app = builder.Build();
app.MapGet("/health", () => Results.Text("ok"));
app.Run();
