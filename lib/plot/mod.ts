import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
export { parseHTML, Plot };
