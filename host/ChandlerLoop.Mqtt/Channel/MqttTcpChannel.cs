using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace ChandlerLoop.Mqtt.Channel;

/// <summary>TCP connection to the broker (NoDelay), optionally wrapped in TLS through <see cref="SslStream"/>.</summary>
internal sealed class MqttTcpChannel : IMqttChannel
{
    private readonly Socket _socket;
    private readonly Stream _stream;

    private MqttTcpChannel(Socket socket, Stream stream)
    {
        _socket = socket;
        _stream = stream;
    }

    public static async Task<IMqttChannel> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        string host = options.Host ?? throw new MqttConfigurationException("No broker address: call WithTcpServer(host, port) on the options builder.", "Host");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            try
            {
                await socket.ConnectAsync(host, options.Port, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new MqttCommunicationException(
                    $"Could not open a TCP connection to the broker at {host}:{options.Port} ({ex.SocketErrorCode}): check that the broker runs and the host and port are right.", ex);
            }

            stream = new NetworkStream(socket, ownsSocket: false);
            if (options.TlsOptions is { } tls)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                try
                {
                    await ssl.AuthenticateAsClientAsync(MqttTlsSettings.CreateAuthenticationOptions(tls, host), cancellationToken).ConfigureAwait(false);
                }
                catch (AuthenticationException ex)
                {
                    throw new MqttCommunicationException(
                        $"The TLS handshake with {host}:{options.Port} failed: {ex.Message} Check the CA file (CaCertificateFile), that the broker's certificate names \"{tls.TargetHost ?? host}\", and the client certificate.", ex);
                }
                catch (IOException ex)
                {
                    throw new MqttCommunicationException(
                        $"The TLS handshake with {host}:{options.Port} failed: the broker closed the connection ({ex.Message}). It may require a client certificate or not speak TLS on this port.", ex);
                }
            }

            return new MqttTcpChannel(socket, stream);
        }
        catch
        {
            stream?.Dispose();
            socket.Dispose();
            throw;
        }
    }

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) => _stream.ReadAsync(buffer, cancellationToken);

    public ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken) => _stream.WriteAsync(buffer, cancellationToken);

    public void Dispose()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already closed by the peer.
        }
        catch (ObjectDisposedException)
        {
            // Already disposed.
        }

        _stream.Dispose();
        _socket.Dispose();
    }
}
