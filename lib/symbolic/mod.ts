import { derivative } from "mathjs";
export { derivative };
