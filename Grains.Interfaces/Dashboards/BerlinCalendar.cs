namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// The calendar dashboards count days in: Europe/Berlin, where the cooperations work, whatever zone the server runs in.
/// Falls back to UTC where the machine knows no time zones, so a day may then turn an hour or two early.
/// </summary>
public static class BerlinCalendar
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The date in Berlin at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Today's date in Berlin on <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateAt(clock.GetUtcNow());
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
