using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;
using PaperSite.FileSystem;

namespace PaperSite.Server;

/// <summary>
/// The built site's files for ASP.NET: a <see cref="PhysicalFileProvider"/> (which refuses paths that
/// climb above the folder, and hidden files such as the build's manifest) that also refuses files whose
/// symbolic links lead out of the folder, since a link in output/ could otherwise publish any file the
/// user can read.
/// </summary>
internal sealed class SiteFileProvider : IFileProvider, IDisposable
{
    private PhysicalFileProvider? _files;

    public SiteFileProvider(string outputDir) => Root = Path.GetFullPath(outputDir);

    /// <summary>The output folder, as a full path.</summary>
    public string Root { get; }

    public IFileInfo GetFileInfo(string subpath)
    {
        if (Files() is not { } files)
        {
            return new NotFoundFileInfo(subpath);
        }

        var file = files.GetFileInfo(subpath);
        if (file is not { Exists: true, PhysicalPath: { } path })
        {
            return file;
        }

        if (RealPath.Of(path) is not { } real || RealPath.Of(Root) is not { } root || !RealPath.IsSameOrInside(real, root))
        {
            return new NotFoundFileInfo(subpath);
        }

        // A link's own length is that of its target's name: the file sent must be the target.
        return real == path ? file : new PhysicalFileInfo(new FileInfo(real));
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        if (Files() is not { } files)
        {
            return NotFoundDirectoryContents.Singleton;
        }

        var contents = files.GetDirectoryContents(subpath);
        var path = Path.Combine(Root, subpath.TrimStart('/'));
        return contents.Exists && !RealPath.LeadsInto(path, Root) ? NotFoundDirectoryContents.Singleton : contents;
    }

    /// <summary>Nothing watches the site's files: the rebuild loop tells tabs when they change.</summary>
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _files?.Dispose();

    /// <summary>The folder's files once it exists: the server starts before the first build writes it.</summary>
    private PhysicalFileProvider? Files()
    {
        if (_files is null && Directory.Exists(Root))
        {
            var files = new PhysicalFileProvider(Root, ExclusionFilters.Sensitive);
            if (Interlocked.CompareExchange(ref _files, files, null) is not null)
            {
                files.Dispose();
            }
        }

        return _files;
    }
}
