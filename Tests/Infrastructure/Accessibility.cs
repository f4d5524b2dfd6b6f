using System.Text.Json;
using Microsoft.Playwright;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>Runs axe-core in a page and reports its WCAG 2.1 A and AA violations.</summary>
public static class Accessibility
{
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(AxePath))
        {
            throw new FileNotFoundException("axe-core is missing: run `npm ci` in Tests/ (scripts/test.sh does).", AxePath);
        }

        // Evaluated, not added as a script tag: the page's Content-Security-Policy refuses inline scripts, as it should.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
