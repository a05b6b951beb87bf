using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace ChandlerLoop.DeviceCheck.Scanning;

/// <summary>
/// Walks a method body's IL and yields each metadata-token operand (ldtoken, call, newobj, ldfld,
/// box, newarr, calli, ...) with its IL offset. Operand sizes come from the ECMA-335 opcode table
/// exposed by <see cref="OpCodes"/>.
/// </summary>
internal static class IlTokenReader
{
    private static readonly Dictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(op => (ushort)op.Value, op => op.OperandType);

    public static IEnumerable<(int Offset, int Token)> Tokens(byte[] il)
    {
        int position = 0;
        while (position < il.Length)
        {
            int instructionOffset = position;
            ushort code = il[position++];
            if (code == 0xFE && position < il.Length)
            {
                code = (ushort)(0xFE00 | il[position++]);
            }

            if (!Operands.TryGetValue(code, out OperandType operand))
            {
                yield break; // Not valid IL; nothing more can be read reliably.
            }

            switch (operand)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                case OperandType.InlineSig:
                    yield return (instructionOffset, BitConverter.ToInt32(il, position));
                    position += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineSwitch:
                    int count = BitConverter.ToInt32(il, position);
                    position += 4 + (4 * count);
                    break;
                default:
                    position += 4; // InlineBrTarget, InlineI, InlineString, ShortInlineR
                    break;
            }
        }
    }

    public static byte[] Bytes(MethodBodyBlock body) => body.GetILBytes() ?? [];
}
