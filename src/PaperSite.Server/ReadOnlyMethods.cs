using Microsoft.AspNetCore.Http;

namespace PaperSite.Server;

/// <summary>A preview of a static site only reads: every method but GET and HEAD gets 405.</summary>
internal static class ReadOnlyMethods
{
    public static Task RefuseOthersAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
