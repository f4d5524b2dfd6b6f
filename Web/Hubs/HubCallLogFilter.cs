using Microsoft.AspNetCore.SignalR;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Logs the hub calls that fail, in place of SignalR's dispatcher, which logs every failure as an error with its stack
/// ("Failed to invoke hub method"), a refusal the product meant as much as a defect. A <see cref="HubException"/> is what
/// the hubs' own checks throw for a call they refuse (bad input, no right, too many messages), with a message for the
/// client: expected, so it is logged as information. Anything else is unexpected and stays an error, with its stack.
/// Added before every other filter, so it also sees what they throw (<see cref="HubCallLoggingExtensions"/>).
/// </summary>
public sealed partial class HubCallLogFilter(ILogger<HubCallLogFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refusal)
        {
            LogRefused(logger, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName, refusal.Message);
            throw;
        }
        catch (Exception failure)
        {
            LogFailed(logger, failure, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the call of {Hub}.{Method}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string hub, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The call of {Hub}.{Method} failed.")]
    private static partial void LogFailed(ILogger logger, Exception failure, string hub, string method);
}
