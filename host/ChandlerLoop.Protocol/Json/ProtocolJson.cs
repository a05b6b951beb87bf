using System.Text.Json;
using System.Text.Unicode;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Messages.Commands;
using ChandlerLoop.Protocol.Messages.Events;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;
using ChandlerLoop.Protocol.Validation;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// The host's codec for protocol version 1 (docs/protocol.md). <see cref="Decode"/> turns a topic and a
/// payload into a typed message or a rejection with a reason code and a readable detail, and never throws
/// on any payload. <see cref="Encode"/> writes a message in the canonical form (byte for byte what the
/// rig's encoder writes, and what the golden examples hold) and refuses any message a reader would
/// reject, by reading its own output back.
/// </summary>
public static class ProtocolJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = ProtocolLimits.MaximumJsonDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>
    /// Decodes <paramref name="payload"/> received on <paramref name="topic"/>. The checks run in the order
    /// of docs/protocol.md and the first failure is the answer: topic, size, JSON, object, then for commands
    /// the <c>id</c>, then <c>v</c>, <c>type</c> (must match the topic), <c>rig</c> (must match the topic),
    /// <c>cmd</c> or <c>event</c>, a known field appearing twice, then the fields in table order.
    /// </summary>
    public static DecodeResult Decode(string topic, ReadOnlySpan<byte> payload)
    {
        if (!RigTopics.TryParse(topic, out var parsedTopic))
        {
            return DecodeResult.Reject(null, new ProtocolRejection(
                ProtocolReason.UnknownTopic, $"topic {topic} is not chandler/v1/{{rig}}/status|telemetry|events|commands"));
        }

        var limit = parsedTopic.Kind == RigTopicKind.Commands ? ProtocolLimits.MaximumCommandBytes : ProtocolLimits.MaximumRigMessageBytes;
        if (payload.Length > limit)
        {
            return Reject(parsedTopic, ProtocolReason.TooLarge, $"payload of {payload.Length} bytes is over the {limit}-byte limit");
        }

        if (!Utf8.IsValid(payload))
        {
            return Reject(parsedTopic, ProtocolReason.MalformedJson, "not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload.ToArray(), DocumentOptions);
        }
        catch (JsonException exception)
        {
            return Reject(parsedTopic, ProtocolReason.MalformedJson, $"not valid JSON at byte {exception.BytePositionInLine ?? 0}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Reject(parsedTopic, ProtocolReason.NotAnObject, $"the payload is a JSON {DescribeKind(root.ValueKind)}, not an object");
            }

            return DecodeObject(parsedTopic, new MessageReader(root));
        }
    }

    /// <summary>
    /// Writes <paramref name="message"/> in the canonical form: compact, fields in document order, numbers
    /// rounded half away from zero to their decimals.
    /// </summary>
    /// <exception cref="ProtocolEncodingException">
    /// The message would be rejected by a reader (the exception's message and <see cref="ProtocolEncodingException.Reason"/> say why).
    /// </exception>
    public static byte[] Encode(RigMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!RigTopics.IsValidRigId(message.RigId))
        {
            throw new ProtocolEncodingException(
                ProtocolReason.OutOfRange, $"rig {message.RigId} is not a valid rig id (1-32 characters of a-z, 0-9 and '-', starting with a letter or digit)");
        }

        var writer = new CanonicalJsonWriter();
        writer.Integer("v", ProtocolLimits.Version);
        writer.String("type", TypeOf(message.TopicKind));
        writer.String("rig", message.RigId);
        switch (message)
        {
            case RigStatus status:
                StatusCodec.Write(writer, status);
                break;
            case TelemetryRecord record:
                TelemetryCodec.Write(writer, record);
                break;
            case RigEvent rigEvent:
                EventWriter.Write(writer, rigEvent);
                break;
            case RigCommand command:
                CommandWriter.Write(writer, command);
                break;
            default:
                throw new ArgumentException($"Unknown message type {message.GetType().Name}.", nameof(message));
        }

        var payload = writer.Finish();
        var check = Decode(message.Topic, payload);
        if (!check.IsAccepted)
        {
            throw new ProtocolEncodingException(check.Rejection.Reason, check.Rejection.Detail);
        }

        return payload;
    }

    /// <summary>Like <see cref="Encode"/>, but returns the rejection instead of throwing.</summary>
    public static bool TryEncode(RigMessage message, out byte[] payload, out ProtocolRejection? rejection)
    {
        try
        {
            payload = Encode(message);
            rejection = null;
            return true;
        }
        catch (ProtocolEncodingException exception)
        {
            payload = [];
            rejection = new ProtocolRejection(exception.Reason, exception.Message);
            return false;
        }
    }

    /// <summary>Null when <paramref name="message"/> can be sent; otherwise why a reader would reject it.</summary>
    public static ProtocolRejection? Validate(RigMessage message) =>
        TryEncode(message, out _, out var rejection) ? null : rejection;

    /// <summary>The <c>type</c> field of messages on a topic kind.</summary>
    public static string TypeOf(RigTopicKind kind) => kind switch
    {
        RigTopicKind.Status => "status",
        RigTopicKind.Telemetry => "telemetry",
        RigTopicKind.Events => "event",
        RigTopicKind.Commands => "command",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a rig topic kind."),
    };

    private static DecodeResult DecodeObject(RigTopic topic, MessageReader reader)
    {
        string? commandId = null;
        if (topic.Kind == RigTopicKind.Commands)
        {
            if (!reader.TryPeek("id", out var idElement))
            {
                return Reject(topic, ProtocolReason.MissingId, "id is missing");
            }

            if (reader.IsRepeated("id"))
            {
                // Two ids: the command cannot be answered by id.
                return Reject(topic, ProtocolReason.MalformedJson, "id appears more than once");
            }

            commandId = idElement.ValueKind == JsonValueKind.String ? JsonStrings.Read(idElement) : null;
            if (!ProtocolText.IsValidCommandId(commandId))
            {
                return Reject(topic, ProtocolReason.MissingId, "id must be 1-40 characters of A-Za-z0-9-_");
            }
        }

        var message = ReadEnvelopeAndBody(topic, reader, commandId);
        return message is not null
            ? DecodeResult.Accept(topic, message)
            : DecodeResult.Reject(topic, reader.Rejection! with { CommandId = commandId });
    }

    private static RigMessage? ReadEnvelopeAndBody(RigTopic topic, MessageReader reader, string? commandId)
    {
        ReadVersion(reader);

        var expectedType = TypeOf(topic.Kind);
        var type = reader.String("type", nullable: false);
        if (!reader.Failed && type != expectedType)
        {
            reader.Fail(ProtocolReason.WrongType, $"type must be {expectedType} on {RigTopics.LevelOf(topic.Kind)}");
        }

        var rigId = reader.String("rig", nullable: false);
        if (!reader.Failed && rigId != topic.RigId)
        {
            reader.Fail(ProtocolReason.WrongRig, $"rig {rigId} does not match the topic's rig {topic.RigId}");
        }

        if (reader.Failed)
        {
            return null;
        }

        return topic.Kind switch
        {
            RigTopicKind.Status => StatusCodec.Read(reader, topic.RigId),
            RigTopicKind.Telemetry => TelemetryCodec.Read(reader, topic.RigId),
            RigTopicKind.Events => EventReader.Read(reader, topic.RigId),
            RigTopicKind.Commands => CommandReader.Read(reader, topic.RigId, commandId!),
            _ => null,
        };
    }

    /// <summary>
    /// <c>v</c>: missing → <c>missing_field</c>; not a number or not integral → <c>wrong_field_type</c>; any
    /// other integral value than 1, however large → <c>unsupported_version</c>.
    /// </summary>
    private static void ReadVersion(MessageReader reader)
    {
        if (!reader.TryPeek("v", out var element))
        {
            reader.Fail(ProtocolReason.MissingField, "v is missing");
            return;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            reader.Fail(ProtocolReason.WrongFieldType, "v must be an integer");
            return;
        }

        if (element.TryGetDouble(out var version) && Math.Floor(version) != version)
        {
            reader.Fail(ProtocolReason.WrongFieldType, "v must be an integer");
        }
        else if (version != ProtocolLimits.Version)
        {
            // Includes numbers beyond double range (e.g. 1e400), which are certainly not 1.
            reader.Fail(ProtocolReason.UnsupportedVersion, $"v {element.GetRawText()} is not supported; this host speaks v {ProtocolLimits.Version}");
        }
    }

    private static DecodeResult Reject(RigTopic topic, ProtocolReason reason, string detail) =>
        DecodeResult.Reject(topic, new ProtocolRejection(reason, detail));

    private static string DescribeKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };
}
