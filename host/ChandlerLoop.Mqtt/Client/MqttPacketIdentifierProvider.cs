namespace ChandlerLoop.Mqtt.Client;

/// <summary>Hands out packet identifiers 1..65535 in rotation, skipping ones still in use. Guarded by the client's lock.</summary>
internal sealed class MqttPacketIdentifierProvider
{
    private readonly HashSet<ushort> _inUse = new();
    private ushort _last;

    public int InUseCount => _inUse.Count;

    /// <summary>Returns a free identifier, or 0 when all 65535 are in use.</summary>
    public ushort Allocate()
    {
        for (int attempt = 0; attempt < ushort.MaxValue; attempt++)
        {
            _last = _last == ushort.MaxValue ? (ushort)1 : (ushort)(_last + 1);
            if (_inUse.Add(_last))
            {
                return _last;
            }
        }

        return 0;
    }

    public void Release(ushort identifier) => _inUse.Remove(identifier);
}
