using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using ChandlerLoop.DeviceCheck.Reporting;

namespace ChandlerLoop.DeviceCheck.Scanning;

/// <summary>Maps methods and IL offsets to source lines through a portable PDB.</summary>
internal sealed class SourceMap : IDisposable
{
    private readonly MetadataReaderProvider? _provider;
    private readonly MetadataReader? _pdb;

    public SourceMap(byte[]? pdbImage)
    {
        if (pdbImage is { Length: > 0 })
        {
            _provider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(pdbImage));
            _pdb = _provider.GetMetadataReader();
        }
    }

    /// <summary>The source point at or before <paramref name="ilOffset"/> (or the method's first one).</summary>
    public SourceLocation Locate(MethodDefinitionHandle method, int ilOffset = 0)
    {
        if (_pdb is null)
        {
            return SourceLocation.Unknown;
        }

        SequencePoint? best = null;
        foreach (SequencePoint point in _pdb.GetMethodDebugInformation(method.ToDebugInformationHandle()).GetSequencePoints())
        {
            if (point.IsHidden)
            {
                continue;
            }

            if (best is null || point.Offset <= ilOffset)
            {
                best = point;
            }

            if (point.Offset > ilOffset)
            {
                break;
            }
        }

        if (best is not { } found)
        {
            return SourceLocation.Unknown;
        }

        string file = _pdb.GetString(_pdb.GetDocument(found.Document).Name);
        return new SourceLocation(file, found.StartLine, found.StartColumn);
    }

    public void Dispose() => _provider?.Dispose();
}
