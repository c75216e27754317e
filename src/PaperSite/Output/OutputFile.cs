namespace PaperSite.Output;

/// <summary>A file of the finished site.</summary>
/// <param name="Path">Path inside the output folder, with <c>/</c>.</param>
/// <param name="Bytes">Its content.</param>
internal sealed record OutputFile(string Path, byte[] Bytes);
