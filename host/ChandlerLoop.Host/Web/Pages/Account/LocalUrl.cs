namespace ChandlerLoop.Host.Web.Pages.Account;

/// <summary>Return addresses after sign-in stay on this host: anything absolute or protocol-relative becomes the overview.</summary>
internal static class LocalUrl
{
    /// <summary><paramref name="url"/> when it is a path on this site, else "/".</summary>
    public static string OrHome(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("/\\", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal))
        {
            return "/";
        }

        return url.StartsWith('/') ? url : "/" + url;
    }
}
