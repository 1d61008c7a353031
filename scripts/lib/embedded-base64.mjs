// base64Decode for @bufbuild/protobuf's fileDesc() in the CLI bundle: the
// descriptors of the well-known files embedded in @bufbuild/protobuf are
// decoded when the bundle is evaluated, on every run, and Node's decoder does
// it several times faster than the JavaScript one. Only fileDesc() is sent
// here: those strings are valid base64, made by protobuf-es's generator, for
// which both decoders give the same bytes. Base64 read from input (bytes in
// JSON) still goes through @bufbuild/protobuf's own decoder and its errors.
// The bytes are a plain Uint8Array over the decoded memory, not a Buffer.
export function base64Decode(base64) {
  const bytes = Buffer.from(base64, "base64");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
