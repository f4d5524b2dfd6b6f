using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// Collects what the pages of one browser context write to the console as warnings or errors, and the script errors
/// nobody caught, each with the page it happened on: what a person who opens the developer tools would find.
/// </summary>
public sealed class ConsoleWatch
{
    private readonly ConcurrentQueue<string> messages = new();

    private ConsoleWatch()
    {
    }

    /// <summary>Warnings, errors and uncaught script errors, in the order they came.</summary>
    public IReadOnlyCollection<string> Messages => messages;

    /// <summary>Watches <paramref name="page"/> and every page opened later in its context.</summary>
    public static ConsoleWatch Attach(IPage page)
    {
        var watch = new ConsoleWatch();
        watch.Watch(page);
        page.Context.Page += (_, opened) => watch.Watch(opened);
        return watch;
    }

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type is "warning" or "error")
            {
                messages.Enqueue($"{message.Type} on {page.Url} ({message.Location}): {message.Text}");
            }
        };
        page.PageError += (_, error) => messages.Enqueue($"uncaught on {page.Url}: {error}");
    }
}
