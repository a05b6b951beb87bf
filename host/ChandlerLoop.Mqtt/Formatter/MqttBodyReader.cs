using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace ChandlerLoop.Mqtt.Formatter;

/// <summary>Cursor over one packet's body; every read is bounds-checked and reports a protocol violation.</summary>
internal ref struct MqttBodyReader
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly string _packetName;
    private int _position;

    public MqttBodyReader(ReadOnlySpan<byte> body, string packetName)
    {
        _body = body;
        _packetName = packetName;
        _position = 0;
    }

    public readonly int Remaining => _body.Length - _position;

    public readonly ReadOnlySpan<byte> Rest => _body[_position..];

    public byte ReadByte()
    {
        Require(1, "a byte");
        return _body[_position++];
    }

    public ushort ReadUInt16()
    {
        Require(2, "a two-byte integer");
        ushort value = BinaryPrimitives.ReadUInt16BigEndian(_body[_position..]);
        _position += 2;
        return value;
    }

    public ushort ReadPacketIdentifier()
    {
        ushort identifier = ReadUInt16();
        if (identifier == 0)
        {
            throw Violation("packet identifier 0 (identifiers must be 1..65535)");
        }

        return identifier;
    }

    /// <summary>Length-prefixed binary data.</summary>
    public ReadOnlySpan<byte> ReadBinary()
    {
        int length = ReadUInt16();
        Require(length, "data of the announced length");
        ReadOnlySpan<byte> data = _body.Slice(_position, length);
        _position += length;
        return data;
    }

    /// <summary>Length-prefixed UTF-8 string bytes, validated (well-formed, no U+0000) but not decoded.</summary>
    public ReadOnlySpan<byte> ReadUtf8Bytes(string what)
    {
        ReadOnlySpan<byte> bytes = ReadBinary();
        if (!Utf8.IsValid(bytes))
        {
            throw Violation(what + " is not valid UTF-8");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw Violation(what + " contains U+0000");
        }

        return bytes;
    }

    public string ReadString(string what) => Encoding.UTF8.GetString(ReadUtf8Bytes(what));

    public readonly MqttProtocolViolationException Violation(string problem) =>
        new($"Malformed {_packetName} packet from the broker: {problem}. The connection was closed.");

    private readonly void Require(int count, string what)
    {
        if (Remaining < count)
        {
            throw Violation($"the packet ends where {what} was expected (remaining length too short)");
        }
    }
}
