import protobufjs from "protobufjs";
import { bundleProtobufjs } from "../sources/pbjs.js";
import { runAction } from "./main.js";

// The Action runs without node_modules: protobufjs JSON bundles are read with the copy bundled here.
bundleProtobufjs(protobufjs);
process.exitCode = await runAction(process.env, { stdout: process.stdout });
