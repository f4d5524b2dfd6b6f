using Kooperationsraum.Tests.Infrastructure;
using Kooperationsraum.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;

namespace Kooperationsraum.Tests.Web;

public sealed class DisconnectTolerantBoundaryTests
{
    [Fact]
    public async Task APartThatWorksIsShownAsItIs()
    {
        var (html, logs) = await RenderAsync(failure: null);

        html.Should().Be("gezeichnet");
        logs.Should().BeEmpty();
    }

    [Fact]
    public async Task ACallToABrowserThatIsGoneLeavesThePartOutWithoutAComplaint()
    {
        var (html, logs) = await RenderAsync(new JSDisconnectedException("The circuit has disconnected and is being disposed."));

        html.Should().BeEmpty();
        logs.Should().BeEmpty();
    }

    [Fact]
    public async Task AnyOtherFailureIsLoggedAsAnErrorAndShownAsTheErrorContent()
    {
        var (html, logs) = await RenderAsync(new InvalidOperationException("Die Zeichnung ging schief."));

        html.Should().Be("<p class=\"failed\">nicht gezeichnet</p>");
        logs.Should().ContainSingle().Which.Should().Match<RecordedLog>(log => log.Level == LogLevel.Error && log.Exception is InvalidOperationException);
    }

    private static async Task<(string Html, IReadOnlyList<RecordedLog> Logs)> RenderAsync(Exception? failure)
    {
        var recorder = new LogRecorder();
        await using var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(recorder)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        RenderFragment part = builder =>
        {
            builder.OpenComponent<FailingPart>(0);
            builder.AddComponentParameter(1, nameof(FailingPart.Failure), failure);
            builder.CloseComponent();
        };
        RenderFragment<Exception> note = _ => builder => builder.AddMarkupContent(0, "<p class=\"failed\">nicht gezeichnet</p>");
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<DisconnectTolerantBoundary>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(DisconnectTolerantBoundary.ChildContent)] = part,
                [nameof(DisconnectTolerantBoundary.ErrorContent)] = note,
            }));
            return output.ToHtmlString();
        });
        return (html, recorder.Records.Where(log => log.Category.Contains(nameof(DisconnectTolerantBoundary), StringComparison.Ordinal)).ToList());
    }
}
