import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var PgQueryModule=(()=>{var _scriptName=globalThis.document?.currentScript?.src;return async function(moduleArg={}){var Module=moduleArg;var ENVIRONMENT_IS_WEB=!!globalThis.window;var ENVIRONMENT_IS_WORKER=!!globalThis.WorkerGlobalScope;var ENVIRONMENT_IS_NODE=globalThis.process?.versions?.node&&globalThis.process?.type!="renderer";var programArgs=[];var thisProgram="./this.program";var quit_=(status,toThrow)=>{throw toThrow};if(typeof __filename!="undefined"){_scriptName=__filename}else if(ENVIRONMENT_IS_WORKER){_scriptName=self.location.href}var scriptDirectory="";function locateFile(path){if(Module["locateFile"]){return Module["locateFile"](path,scriptDirectory)}return scriptDirectory+path}var readAsync,readBinary;if(ENVIRONMENT_IS_NODE){var fs=__nccwpck_require__(24);scriptDirectory=__dirname+"/";readBinary=filename=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename);return ret};readAsync=async(filename,binary=true)=>{filename=isFileURI(filename)?new URL(filename):filename;var ret=fs.readFileSync(filename,binary?undefined:"utf8");return ret};if(process.argv.length>1){thisProgram=process.argv[1].replace(/\\/g,"/")}programArgs=process.argv.slice(2);quit_=(status,toThrow)=>{process.exitCode=status;throw toThrow}}else if(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER){try{scriptDirectory=new URL(".",_scriptName).href}catch{}{if(ENVIRONMENT_IS_WORKER){readBinary=url=>{var xhr=new XMLHttpRequest;xhr.open("GET",url,false);xhr.responseType="arraybuffer";xhr.send(null);return new Uint8Array(xhr.response)}}readAsync=async url=>{var response=await fetch(url,{credentials:"same-origin"});if(response.ok){return response.arrayBuffer()}throw new Error(response.status+" : "+response.url)}}}else{}var out=console.log.bind(console);var err=console.error.bind(console);var wasmBinary;var ABORT=false;var EXITSTATUS;var isFileURI=filename=>filename.startsWith("file://");class EmscriptenEH{}class EmscriptenSjLj extends EmscriptenEH{}var runtimeInitialized=false;function getMemoryBuffer(){return wasmMemory.buffer}function updateMemoryViews(){if(HEAP8?.buffer?.resizable)return;var b=getMemoryBuffer();HEAP8=new Int8Array(b);HEAP16=new Int16Array(b);Module["HEAPU8"]=HEAPU8=new Uint8Array(b);HEAPU16=new Uint16Array(b);HEAP32=new Int32Array(b);Module["HEAPU32"]=HEAPU32=new Uint32Array(b);HEAPF32=new Float32Array(b);HEAPF64=new Float64Array(b);HEAP64=new BigInt64Array(b);HEAPU64=new BigUint64Array(b)}function preRun(){var preRun=Module["preRun"];if(preRun){if(typeof preRun=="function")preRun=[preRun];onPreRuns.push(...preRun)}callRuntimeCallbacks(onPreRuns)}function initRuntime(){runtimeInitialized=true;if(!Module["noFSInit"]&&!FS.initialized)FS.init();TTY.init();wasmExports["A"]();FS.ignorePermissions=false}function postRun(){var postRun=Module["postRun"];if(postRun){if(typeof postRun=="function")postRun=[postRun];onPostRuns.push(...postRun)}callRuntimeCallbacks(onPostRuns)}function abort(what){Module["onAbort"]?.(what);what=`Aborted(${what})`;err(what);ABORT=true;what+=". Build with -sASSERTIONS for more info.";var e=new WebAssembly.RuntimeError(what);throw e}var wasmBinaryFile;function findWasmBinary(){return locateFile("libpg-query.wasm")}function getBinarySync(file){if(readBinary){return readBinary(file)}throw"both async and sync fetching of the wasm failed"}async function getWasmBinary(binaryFile){if(!wasmBinary){try{var response=await readAsync(binaryFile);return new Uint8Array(response)}catch{}}return getBinarySync(binaryFile)}async function instantiateArrayBuffer(binaryFile,imports){try{var binary=await getWasmBinary(binaryFile);var instance=await WebAssembly.instantiate(binary,imports);return instance}catch(reason){err(`failed to asynchronously prepare wasm: ${reason}`);abort(reason)}}async function instantiateAsync(binary,binaryFile,imports){if(!binary&&!ENVIRONMENT_IS_NODE){try{var response=fetch(binaryFile,{credentials:"same-origin"});var instantiationResult=await WebAssembly.instantiateStreaming(response,imports);return instantiationResult}catch(reason){err(`wasm streaming compile failed: ${reason}`);err("falling back to ArrayBuffer instantiation")}}return instantiateArrayBuffer(binaryFile,imports)}function getWasmImports(){var imports={a:wasmImports};return imports}async function createWasm(){function receiveInstance(instance){wasmExports=instance.exports;assignWasmExports(wasmExports);updateMemoryViews();return wasmExports}function receiveInstantiationResult(result){return receiveInstance(result["instance"])}var info=getWasmImports();var instantiateWasm=Module["instantiateWasm"];if(instantiateWasm){return new Promise(resolve=>{instantiateWasm(info,inst=>resolve(receiveInstance(inst)))})}wasmBinaryFile??=findWasmBinary();var result=await instantiateAsync(wasmBinary,wasmBinaryFile,info);var exports=receiveInstantiationResult(result);return exports}class ExitStatus{name="ExitStatus";constructor(status){this.message=`Program terminated with exit(${status})`;this.status=status}}var HEAP16;var HEAP32;var HEAP64;var HEAP8;var HEAPF32;var HEAPF64;var HEAPU16;var HEAPU32;var HEAPU64;var HEAPU8;var callRuntimeCallbacks=callbacks=>{while(callbacks.length>0){callbacks.shift()(Module)}};var onPostRuns=[];var onPreRuns=[];function getValue(ptr,type="i8"){if(type.endsWith("*"))type="*";switch(type){case"i1":return HEAP8[ptr];case"i8":return HEAP8[ptr];case"i16":return HEAP16[ptr>>1];case"i32":return HEAP32[ptr>>2];case"i64":return HEAP64[ptr>>3];case"float":return HEAPF32[ptr>>2];case"double":return HEAPF64[ptr>>3];case"*":return HEAPU32[ptr>>2];default:abort(`invalid type for getValue: ${type}`)}}var noExitRuntime=true;var stackRestore=val=>__emscripten_stack_restore(val);var stackSave=()=>_emscripten_stack_get_current();var UTF8Decoder=globalThis.TextDecoder&&new TextDecoder;var findStringEnd=(heapOrArray,idx,maxBytesToRead,ignoreNul)=>{var maxIdx=idx+maxBytesToRead;if(ignoreNul)return maxIdx;while(heapOrArray[idx]&&!(idx>=maxIdx))++idx;return idx};var UTF8ArrayToString=(heapOrArray,idx=0,maxBytesToRead,ignoreNul)=>{var endPtr=findStringEnd(heapOrArray,idx,maxBytesToRead,ignoreNul);if(endPtr-idx>16&&heapOrArray.buffer&&UTF8Decoder){return UTF8Decoder.decode(heapOrArray.subarray(idx,endPtr))}var str="";while(idx<endPtr){var u0=heapOrArray[idx++];if(!(u0&128)){str+=String.fromCharCode(u0);continue}var u1=heapOrArray[idx++]&63;if((u0&224)==192){str+=String.fromCharCode((u0&31)<<6|u1);continue}var u2=heapOrArray[idx++]&63;if((u0&240)==224){u0=(u0&15)<<12|u1<<6|u2}else{u0=(u0&7)<<18|u1<<12|u2<<6|heapOrArray[idx++]&63}if(u0<65536){str+=String.fromCharCode(u0)}else{var ch=u0-65536;str+=String.fromCharCode(55296|ch>>10,56320|ch&1023)}}return str};var UTF8ToString=(ptr,maxBytesToRead,ignoreNul)=>ptr?UTF8ArrayToString(HEAPU8,ptr,maxBytesToRead,ignoreNul):"";var ___assert_fail=(condition,filename,line,func)=>abort(`Assertion failed: ${UTF8ToString(condition)}, at: `+[filename?UTF8ToString(filename):"unknown filename",line,func?UTF8ToString(func):"unknown function"]);var __abort_js=()=>abort("");var runtimeKeepaliveCounter=0;var __emscripten_runtime_keepalive_clear=()=>{noExitRuntime=false;runtimeKeepaliveCounter=0};var __emscripten_throw_longjmp=()=>{throw new EmscriptenSjLj};var timers={};var handleException=e=>{if(e instanceof ExitStatus||e=="unwind"){return EXITSTATUS}quit_(1,e)};var keepRuntimeAlive=()=>noExitRuntime||runtimeKeepaliveCounter>0;var _proc_exit=code=>{EXITSTATUS=code;if(!keepRuntimeAlive()){Module["onExit"]?.(code);ABORT=true}quit_(code,new ExitStatus(code))};var exitJS=(status,implicit)=>{EXITSTATUS=status;_proc_exit(status)};var _exit=exitJS;var maybeExit=()=>{if(!keepRuntimeAlive()){try{_exit(EXITSTATUS)}catch(e){handleException(e)}}};var callUserCallback=func=>{if(ABORT){return}try{return func()}catch(e){handleException(e)}finally{maybeExit()}};var _emscripten_get_now=()=>performance.now();var __setitimer_js=(which,timeout_ms)=>{if(timers[which]){clearTimeout(timers[which].id);delete timers[which]}if(!timeout_ms)return 0;var id=setTimeout(()=>{delete timers[which];callUserCallback(()=>__emscripten_timeout(which,_emscripten_get_now()))},timeout_ms);timers[which]={id,timeout_ms};return 0};var getHeapMax=()=>1073741824;var alignMemory=(size,alignment)=>Math.ceil(size/alignment)*alignment;var growMemory=size=>{var oldHeapSize=wasmMemory.buffer.byteLength;var pages=(size-oldHeapSize+65535)/65536|0;try{wasmMemory.grow(pages);updateMemoryViews();return 1}catch(e){}};var _emscripten_resize_heap=requestedSize=>{var oldSize=HEAPU8.length;requestedSize>>>=0;var maxHeapSize=getHeapMax();if(requestedSize>maxHeapSize){return false}for(var cutDown=1;cutDown<=4;cutDown*=2){var overGrownHeapSize=oldSize*(1+.2/cutDown);overGrownHeapSize=Math.min(overGrownHeapSize,requestedSize+100663296);var newSize=Math.min(maxHeapSize,alignMemory(Math.max(requestedSize,overGrownHeapSize),65536));var replacement=growMemory(newSize);if(replacement){return true}}return false};var PATH={isAbs:path=>path.charAt(0)==="/",splitPath:filename=>{var splitPathRe=/^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;return splitPathRe.exec(filename).slice(1)},normalizeArray:(parts,allowAboveRoot)=>{var up=0;for(var i=parts.length-1;i>=0;i--){var last=parts[i];if(last==="."){parts.splice(i,1)}else if(last===".."){parts.splice(i,1);up++}else if(up){parts.splice(i,1);up--}}if(allowAboveRoot){for(;up;up--){parts.unshift("..")}}return parts},normalize:path=>{var isAbsolute=PATH.isAbs(path),trailingSlash=path.slice(-1)==="/";path=PATH.normalizeArray(path.split("/").filter(p=>!!p),!isAbsolute).join("/");if(!path&&!isAbsolute){path="."}if(path&&trailingSlash){path+="/"}return(isAbsolute?"/":"")+path},dirname:path=>{var result=PATH.splitPath(path),root=result[0],dir=result[1];if(!root&&!dir){return"."}if(dir){dir=dir.slice(0,-1)}return root+dir},basename:path=>path&&path.match(/([^\/]+|\/)\/*$/)[1],join:(...paths)=>PATH.normalize(paths.join("/")),join2:(l,r)=>PATH.normalize(l+"/"+r)};var initRandomFill=()=>{if(ENVIRONMENT_IS_NODE){var nodeCrypto=__nccwpck_require__(598);return view=>(nodeCrypto.randomFillSync(view),0)}return view=>(crypto.getRandomValues(view),0)};var randomFill=view=>(randomFill=initRandomFill())(view);var PATH_FS={resolve:(...args)=>{var resolvedPath="",resolvedAbsolute=false;for(var i=args.length-1;i>=-1&&!resolvedAbsolute;i--){var path=i>=0?args[i]:FS.cwd();if(typeof path!="string"){throw new TypeError("Arguments to path.resolve must be strings")}else if(!path){return""}resolvedPath=path+"/"+resolvedPath;resolvedAbsolute=PATH.isAbs(path)}resolvedPath=PATH.normalizeArray(resolvedPath.split("/").filter(p=>!!p),!resolvedAbsolute).join("/");return(resolvedAbsolute?"/":"")+resolvedPath||"."},relative:(from,to)=>{from=PATH_FS.resolve(from).slice(1);to=PATH_FS.resolve(to).slice(1);function trim(arr){var start=0;for(;start<arr.length;start++){if(arr[start]!=="")break}var end=arr.length-1;for(;end>=0;end--){if(arr[end]!=="")break}if(start>end)return[];return arr.slice(start,end-start+1)}var fromParts=trim(from.split("/"));var toParts=trim(to.split("/"));var length=Math.min(fromParts.length,toParts.length);var samePartsLength=length;for(var i=0;i<length;i++){if(fromParts[i]!==toParts[i]){samePartsLength=i;break}}var outputParts=[];for(var i=samePartsLength;i<fromParts.length;i++){outputParts.push("..")}outputParts=outputParts.concat(toParts.slice(samePartsLength));return outputParts.join("/")}};var FS_stdin_getChar_buffer=[];var lengthBytesUTF8=str=>{var len=0;for(var i=0;i<str.length;++i){var c=str.charCodeAt(i);if(c<=127){len++}else if(c<=2047){len+=2}else if(c>=55296&&c<=57343){len+=4;++i}else{len+=3}}return len};var stringToUTF8Array=(str,heap,outIdx,maxBytesToWrite)=>{if(!(maxBytesToWrite>0))return 0;var startIdx=outIdx;var endIdx=outIdx+maxBytesToWrite-1;for(var i=0;i<str.length;++i){var u=str.codePointAt(i);if(u<=127){if(outIdx>=endIdx)break;heap[outIdx++]=u}else if(u<=2047){if(outIdx+1>=endIdx)break;heap[outIdx++]=192|u>>6;heap[outIdx++]=128|u&63}else if(u<=65535){if(outIdx+2>=endIdx)break;heap[outIdx++]=224|u>>12;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63}else{if(outIdx+3>=endIdx)break;heap[outIdx++]=240|u>>18;heap[outIdx++]=128|u>>12&63;heap[outIdx++]=128|u>>6&63;heap[outIdx++]=128|u&63;i++}}heap[outIdx]=0;return outIdx-startIdx};var intArrayFromString=(stringy,dontAddNull,length)=>{var len=length>0?length:lengthBytesUTF8(stringy)+1;var u8array=new Array(len);var numBytesWritten=stringToUTF8Array(stringy,u8array,0,u8array.length);if(dontAddNull)u8array.length=numBytesWritten;return u8array};var FS_stdin_getChar=()=>{if(!FS_stdin_getChar_buffer.length){var result=null;if(ENVIRONMENT_IS_NODE){var BUFSIZE=256;var buf=Buffer.alloc(BUFSIZE);var bytesRead=0;var fd=process.stdin.fd;try{bytesRead=fs.readSync(fd,buf,0,BUFSIZE)}catch(e){if(e.toString().includes("EOF"))bytesRead=0;else throw e}if(bytesRead>0){result=buf.slice(0,bytesRead).toString("utf-8")}}else if(globalThis.window?.prompt){result=window.prompt("Input: ");if(result!==null){result+="\n"}}else{}if(!result){return null}FS_stdin_getChar_buffer=intArrayFromString(result,true)}return FS_stdin_getChar_buffer.shift()};var TTY={ttys:[],init(){},shutdown(){},register(dev,ops){TTY.ttys[dev]={input:[],output:[],ops};FS.registerDevice(dev,TTY.stream_ops)},stream_ops:{open(stream){var tty=TTY.ttys[stream.node.rdev];if(!tty){throw new FS.ErrnoError(43)}stream.tty=tty;stream.seekable=false},close(stream){stream.tty.ops.fsync(stream.tty)},fsync(stream){stream.tty.ops.fsync(stream.tty)},read(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.get_char){throw new FS.ErrnoError(60)}var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=stream.tty.ops.get_char(stream.tty)}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){if(!stream.tty||!stream.tty.ops.put_char){throw new FS.ErrnoError(60)}try{for(var i=0;i<length;i++){stream.tty.ops.put_char(stream.tty,buffer[offset+i])}}catch(e){throw new FS.ErrnoError(29)}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}},default_tty_ops:{get_char(tty){return FS_stdin_getChar()},put_char(tty,val){if(val===null||val===10){out(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){out(UTF8ArrayToString(tty.output));tty.output=[]}},ioctl_tcgets(tty){return{c_iflag:25856,c_oflag:5,c_cflag:191,c_lflag:35387,c_cc:[3,28,127,21,4,0,1,0,17,19,26,0,18,15,23,22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}},ioctl_tcsets(tty,optional_actions,data){return 0},ioctl_tiocgwinsz(tty){return[24,80]}},default_tty1_ops:{put_char(tty,val){if(val===null||val===10){err(UTF8ArrayToString(tty.output));tty.output=[]}else{if(val!=0)tty.output.push(val)}},fsync(tty){if(tty.output?.length>0){err(UTF8ArrayToString(tty.output));tty.output=[]}}}};var mmapAlloc=size=>{abort()};var MEMFS={ops_table:null,mount(mount){return MEMFS.createNode(null,"/",16895,0)},createNode(parent,name,mode,dev){if(FS.isBlkdev(mode)||FS.isFIFO(mode)){throw new FS.ErrnoError(63)}MEMFS.ops_table||={dir:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,lookup:MEMFS.node_ops.lookup,mknod:MEMFS.node_ops.mknod,rename:MEMFS.node_ops.rename,unlink:MEMFS.node_ops.unlink,rmdir:MEMFS.node_ops.rmdir,readdir:MEMFS.node_ops.readdir,symlink:MEMFS.node_ops.symlink},stream:{llseek:MEMFS.stream_ops.llseek}},file:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:{llseek:MEMFS.stream_ops.llseek,read:MEMFS.stream_ops.read,write:MEMFS.stream_ops.write,mmap:MEMFS.stream_ops.mmap,msync:MEMFS.stream_ops.msync}},link:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr,readlink:MEMFS.node_ops.readlink},stream:{}},chrdev:{node:{getattr:MEMFS.node_ops.getattr,setattr:MEMFS.node_ops.setattr},stream:FS.chrdev_stream_ops}};var node=FS.createNode(parent,name,mode,dev);if(FS.isDir(node.mode)){node.node_ops=MEMFS.ops_table.dir.node;node.stream_ops=MEMFS.ops_table.dir.stream;node.contents={}}else if(FS.isFile(node.mode)){node.node_ops=MEMFS.ops_table.file.node;node.stream_ops=MEMFS.ops_table.file.stream;node.usedBytes=0;node.contents=MEMFS.emptyFileContents??=new Uint8Array(0)}else if(FS.isLink(node.mode)){node.node_ops=MEMFS.ops_table.link.node;node.stream_ops=MEMFS.ops_table.link.stream}else if(FS.isChrdev(node.mode)){node.node_ops=MEMFS.ops_table.chrdev.node;node.stream_ops=MEMFS.ops_table.chrdev.stream}node.atime=node.mtime=node.ctime=Date.now();if(parent){parent.contents[name]=node;parent.atime=parent.mtime=parent.ctime=node.atime}return node},getFileDataAsTypedArray(node){return node.contents.subarray(0,node.usedBytes)},expandFileStorage(node,newCapacity){var prevCapacity=node.contents.length;if(prevCapacity>=newCapacity)return;var CAPACITY_DOUBLING_MAX=1024*1024;newCapacity=Math.max(newCapacity,prevCapacity*(prevCapacity<CAPACITY_DOUBLING_MAX?2:1.125)>>>0);if(prevCapacity)newCapacity=Math.max(newCapacity,256);var oldContents=MEMFS.getFileDataAsTypedArray(node);node.contents=new Uint8Array(newCapacity);node.contents.set(oldContents)},resizeFileStorage(node,newSize){if(node.usedBytes==newSize)return;var oldContents=node.contents;node.contents=new Uint8Array(newSize);node.contents.set(oldContents.subarray(0,Math.min(newSize,node.usedBytes)));node.usedBytes=newSize},node_ops:{getattr(node){var attr={};attr.dev=FS.isChrdev(node.mode)?node.id:1;attr.ino=node.id;attr.mode=node.mode;attr.nlink=1;attr.uid=0;attr.gid=0;attr.rdev=node.rdev;if(FS.isDir(node.mode)){attr.size=4096}else if(FS.isFile(node.mode)){attr.size=node.usedBytes}else if(FS.isLink(node.mode)){attr.size=node.link.length}else{attr.size=0}attr.atime=new Date(node.atime);attr.mtime=new Date(node.mtime);attr.ctime=new Date(node.ctime);attr.blksize=4096;attr.blocks=Math.ceil(attr.size/attr.blksize);return attr},setattr(node,attr){for(const key of["mode","atime","mtime","ctime"]){if(attr[key]!=null){node[key]=attr[key]}}if(attr.size!==undefined){MEMFS.resizeFileStorage(node,attr.size)}},lookup(parent,name){if(!MEMFS.doesNotExistError){MEMFS.doesNotExistError=new FS.ErrnoError(44);MEMFS.doesNotExistError.stack="<generic error, no stack>"}throw MEMFS.doesNotExistError},mknod(parent,name,mode,dev){return MEMFS.createNode(parent,name,mode,dev)},rename(old_node,new_dir,new_name){var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(new_node){if(FS.isDir(old_node.mode)){for(var i in new_node.contents){throw new FS.ErrnoError(55)}}FS.hashRemoveNode(new_node)}delete old_node.parent.contents[old_node.name];new_dir.contents[new_name]=old_node;old_node.name=new_name;new_dir.ctime=new_dir.mtime=old_node.parent.ctime=old_node.parent.mtime=Date.now()},unlink(parent,name){delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},rmdir(parent,name){var node=FS.lookupNode(parent,name);for(var i in node.contents){throw new FS.ErrnoError(55)}delete parent.contents[name];parent.ctime=parent.mtime=Date.now()},readdir(node){return[".","..",...Object.keys(node.contents)]},symlink(parent,newname,oldpath){var node=MEMFS.createNode(parent,newname,511|40960,0);node.link=oldpath;return node},readlink(node){if(!FS.isLink(node.mode)){throw new FS.ErrnoError(28)}return node.link}},stream_ops:{read(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=stream.node.usedBytes)return 0;var size=Math.min(stream.node.usedBytes-position,length);buffer.set(contents.subarray(position,position+size),offset);return size},write(stream,buffer,offset,length,position,canOwn){if(buffer.buffer===HEAP8.buffer){canOwn=false}if(!length)return 0;var node=stream.node;node.mtime=node.ctime=Date.now();if(canOwn){node.contents=buffer.subarray(offset,offset+length);node.usedBytes=length}else if(node.usedBytes===0&&position===0){node.contents=buffer.slice(offset,offset+length);node.usedBytes=length}else{MEMFS.expandFileStorage(node,position+length);node.contents.set(buffer.subarray(offset,offset+length),position);node.usedBytes=Math.max(node.usedBytes,position+length)}return length},llseek(stream,offset,whence){var position=offset;if(whence===1){position+=stream.position}else if(whence===2){if(FS.isFile(stream.node.mode)){position+=stream.node.usedBytes}}if(position<0){throw new FS.ErrnoError(28)}return position},mmap(stream,length,position,prot,flags){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}var ptr;var allocated;var contents=stream.node.contents;if(!(flags&2)&&contents.buffer===HEAP8.buffer){allocated=false;ptr=contents.byteOffset}else{allocated=true;ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}if(contents){if(position>0||position+length<contents.length){if(contents.subarray){contents=contents.subarray(position,position+length)}else{contents=Array.prototype.slice.call(contents,position,position+length)}}HEAP8.set(contents,ptr)}}return{ptr,allocated}},msync(stream,buffer,offset,length,mmapFlags){MEMFS.stream_ops.write(stream,buffer,0,length,offset,false);return 0}}};var FS_modeStringToFlags=str=>{if(typeof str!="string")return str;var flagModes={r:0,"r+":2,w:512|64|1,"w+":512|64|2,a:1024|64|1,"a+":1024|64|2};var flags=flagModes[str];if(typeof flags=="undefined"){throw new Error(`Unknown file open mode: ${str}`)}return flags};var FS_fileDataToTypedArray=data=>{if(typeof data=="string"){data=intArrayFromString(data,true)}if(!data.subarray){data=new Uint8Array(data)}return data};var FS_getMode=(canRead,canWrite)=>{var mode=0;if(canRead)mode|=292|73;if(canWrite)mode|=146;return mode};var asyncLoad=async url=>{var arrayBuffer=await readAsync(url);return new Uint8Array(arrayBuffer)};var FS_createDataFile=(...args)=>FS.createDataFile(...args);var getUniqueRunDependency=id=>id;var dependenciesPromise=null;var resolveRunDependencies=async()=>dependenciesPromise;var runDependencies=0;var dependenciesPromiseResolve=null;var removeRunDependency=id=>{runDependencies--;Module["monitorRunDependencies"]?.(runDependencies);if(!runDependencies){dependenciesPromiseResolve()}};var addRunDependency=id=>{if(!runDependencies){dependenciesPromise=new Promise(resolve=>dependenciesPromiseResolve=resolve)}runDependencies++;Module["monitorRunDependencies"]?.(runDependencies)};var preloadPlugins=[];var FS_handledByPreloadPlugin=async(byteArray,fullname)=>{if(typeof Browser!="undefined")Browser.init();for(var plugin of preloadPlugins){if(plugin["canHandle"](fullname)){return plugin["handle"](byteArray,fullname)}}return byteArray};var FS_preloadFile=async(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish)=>{var fullname=name?PATH_FS.resolve(PATH.join2(parent,name)):parent;var dep=getUniqueRunDependency(`cp ${fullname}`);addRunDependency(dep);try{var byteArray=url;if(typeof url=="string"){byteArray=await asyncLoad(url)}byteArray=await FS_handledByPreloadPlugin(byteArray,fullname);preFinish?.();if(!dontCreateFile){FS_createDataFile(parent,name,byteArray,canRead,canWrite,canOwn)}}finally{removeRunDependency(dep)}};var FS_createPreloadedFile=(parent,name,url,canRead,canWrite,onload,onerror,dontCreateFile,canOwn,preFinish)=>{FS_preloadFile(parent,name,url,canRead,canWrite,dontCreateFile,canOwn,preFinish).then(onload).catch(onerror)};var FS={root:null,mounts:[],devices:{},streams:[],nextInode:1,nameTable:null,currentPath:"/",initialized:false,ignorePermissions:true,filesystems:null,syncFSRequests:0,ErrnoError:class{name="ErrnoError";constructor(errno){this.errno=errno}},FSStream:class{shared={};get object(){return this.node}set object(val){this.node=val}get isRead(){return(this.flags&2097155)!==1}get isWrite(){return(this.flags&2097155)!==0}get isAppend(){return this.flags&1024}get flags(){return this.shared.flags}set flags(val){this.shared.flags=val}get position(){return this.shared.position}set position(val){this.shared.position=val}},FSNode:class{node_ops={};stream_ops={};readMode=292|73;writeMode=146;mounted=null;constructor(parent,name,mode,rdev){if(!parent){parent=this}this.parent=parent;this.mount=parent.mount;this.id=FS.nextInode++;this.name=name;this.mode=mode;this.rdev=rdev;this.atime=this.mtime=this.ctime=Date.now()}get read(){return(this.mode&this.readMode)===this.readMode}set read(val){val?this.mode|=this.readMode:this.mode&=~this.readMode}get write(){return(this.mode&this.writeMode)===this.writeMode}set write(val){val?this.mode|=this.writeMode:this.mode&=~this.writeMode}get isFolder(){return FS.isDir(this.mode)}get isDevice(){return FS.isChrdev(this.mode)}addListener(cb,exclusive=false){var entry={cb,exclusive};var listeners=this.listeners??=new Set;listeners.add(entry);return{listeners,entry}}notifyListeners(flags){if(!this.listeners)return;var excl;for(var entry of this.listeners){if(entry.exclusive)(excl||=[]).push(entry);else entry.cb(flags)}if(excl){var i=(this.exclTurn||0)%excl.length;this.exclTurn=i+1;excl[i].cb(flags)}}},lookupPath(path,opts={}){if(!path){throw new FS.ErrnoError(44)}opts.follow_mount??=true;if(!PATH.isAbs(path)){path=FS.cwd()+"/"+path}linkloop:for(var nlinks=0;nlinks<40;nlinks++){var parts=path.split("/").filter(p=>!!p);var current=FS.root;var current_path="/";for(var i=0;i<parts.length;i++){var islast=i===parts.length-1;if(islast&&opts.parent){break}if(parts[i]==="."){continue}if(parts[i]===".."){current_path=PATH.dirname(current_path);if(FS.isRoot(current)){path=current_path+"/"+parts.slice(i+1).join("/");nlinks--;continue linkloop}else{current=current.parent}continue}current_path=PATH.join2(current_path,parts[i]);try{current=FS.lookupNode(current,parts[i])}catch(e){if(e?.errno===44&&islast&&opts.noent_okay){return{path:current_path}}throw e}if(FS.isMountpoint(current)&&(!islast||opts.follow_mount)){current=current.mounted.root}if(FS.isLink(current.mode)&&(!islast||opts.follow)){if(!current.node_ops.readlink){throw new FS.ErrnoError(52)}var link=current.node_ops.readlink(current);if(!PATH.isAbs(link)){link=PATH.dirname(current_path)+"/"+link}path=link+"/"+parts.slice(i+1).join("/");continue linkloop}}return{path:current_path,node:current}}throw new FS.ErrnoError(32)},getPath(node){var path;while(true){if(FS.isRoot(node)){var mount=node.mount.mountpoint;if(!path)return mount;return mount[mount.length-1]!=="/"?`${mount}/${path}`:mount+path}path=path?`${node.name}/${path}`:node.name;node=node.parent}},hashName(parentid,name){var hash=0;for(var i=0;i<name.length;i++){hash=(hash<<5)-hash+name.charCodeAt(i)|0}return(parentid+hash>>>0)%FS.nameTable.length},hashAddNode(node){var hash=FS.hashName(node.parent.id,node.name);node.name_next=FS.nameTable[hash];FS.nameTable[hash]=node},hashRemoveNode(node){var hash=FS.hashName(node.parent.id,node.name);if(FS.nameTable[hash]===node){FS.nameTable[hash]=node.name_next}else{var current=FS.nameTable[hash];while(current){if(current.name_next===node){current.name_next=node.name_next;break}current=current.name_next}}},lookupNode(parent,name){var errCode=FS.mayLookup(parent);if(errCode){throw new FS.ErrnoError(errCode)}var hash=FS.hashName(parent.id,name);for(var node=FS.nameTable[hash];node;node=node.name_next){var nodeName=node.name;if(node.parent.id===parent.id&&nodeName===name){return node}}return FS.lookup(parent,name)},createNode(parent,name,mode,rdev){var node=new FS.FSNode(parent,name,mode,rdev);FS.hashAddNode(node);return node},destroyNode(node){FS.hashRemoveNode(node)},isRoot(node){return node===node.parent},isMountpoint(node){return!!node.mounted},isFile(mode){return(mode&61440)===32768},isDir(mode){return(mode&61440)===16384},isLink(mode){return(mode&61440)===40960},isChrdev(mode){return(mode&61440)===8192},isBlkdev(mode){return(mode&61440)===24576},isFIFO(mode){return(mode&61440)===4096},isSocket(mode){return(mode&49152)===49152},flagsToPermissionString(flag){var perms=["r","w","rw"][flag&3];if(flag&512){perms+="w"}return perms},nodePermissions(node,perms){if(FS.ignorePermissions){return 0}if(perms.includes("r")&&!(node.mode&292)){return 2}if(perms.includes("w")&&!(node.mode&146)){return 2}if(perms.includes("x")&&!(node.mode&73)){return 2}return 0},mayLookup(dir){if(!FS.isDir(dir.mode))return 54;var errCode=FS.nodePermissions(dir,"x");if(errCode)return errCode;if(!dir.node_ops.lookup)return 2;return 0},mayCreate(dir,name){if(!FS.isDir(dir.mode)){return 54}try{var node=FS.lookupNode(dir,name);return 20}catch(e){}return FS.nodePermissions(dir,"wx")},mayDelete(dir,name,isdir){var node;try{node=FS.lookupNode(dir,name)}catch(e){return e.errno}var errCode=FS.nodePermissions(dir,"wx");if(errCode){return errCode}if(isdir){if(!FS.isDir(node.mode)){return 54}if(FS.isRoot(node)||FS.getPath(node)===FS.cwd()){return 10}}else if(FS.isDir(node.mode)){return 31}return 0},mayOpen(node,flags){if(!node){return 44}if(FS.isLink(node.mode)){return 32}var mode=FS.flagsToPermissionString(flags);if(FS.isDir(node.mode)){if(mode!=="r"||flags&(512|64)){return 31}}return FS.nodePermissions(node,mode)},checkOpExists(op,err){if(!op){throw new FS.ErrnoError(err)}return op},MAX_OPEN_FDS:4096,nextfd(){for(var fd=0;fd<=FS.MAX_OPEN_FDS;fd++){if(!FS.streams[fd]){return fd}}throw new FS.ErrnoError(33)},getStreamChecked(fd){var stream=FS.getStream(fd);if(!stream){throw new FS.ErrnoError(8)}return stream},getStream:fd=>FS.streams[fd],createStream(stream,fd=-1){stream=Object.assign(new FS.FSStream,stream);if(fd==-1){fd=FS.nextfd()}stream.fd=fd;FS.streams[fd]=stream;return stream},closeStream(fd){FS.streams[fd]=null},dupStream(origStream,fd=-1){var stream=FS.createStream(origStream,fd);stream.stream_ops?.dup?.(stream);return stream},doSetAttr(stream,node,attr){var setattr=stream?.stream_ops.setattr;var arg=setattr?stream:node;setattr??=node.node_ops.setattr;FS.checkOpExists(setattr,63);try{setattr(arg,attr)}catch(e){if(e instanceof RangeError){throw new FS.ErrnoError(22)}throw e}},chrdev_stream_ops:{open(stream){var device=FS.getDevice(stream.node.rdev);stream.stream_ops=device.stream_ops;stream.stream_ops.open?.(stream)},llseek(){throw new FS.ErrnoError(70)}},major:dev=>dev>>8,minor:dev=>dev&255,makedev:(ma,mi)=>ma<<8|mi,registerDevice(dev,ops){FS.devices[dev]={stream_ops:ops}},getDevice:dev=>FS.devices[dev],getMounts(mount){var mounts=[];var check=[mount];while(check.length){var m=check.pop();mounts.push(m);check.push(...m.mounts)}return mounts},syncfs(populate,callback){if(typeof populate=="function"){callback=populate;populate=false}FS.syncFSRequests++;if(FS.syncFSRequests>1){err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`)}var mounts=FS.getMounts(FS.root.mount);var completed=0;function doCallback(errCode){FS.syncFSRequests--;return callback(errCode)}function done(errCode){if(errCode){if(!done.errored){done.errored=true;return doCallback(errCode)}return}if(++completed>=mounts.length){doCallback(null)}}for(var mount of mounts){if(mount.type.syncfs){mount.type.syncfs(mount,populate,done)}else{done(null)}}},mount(type,opts,mountpoint){var root=mountpoint==="/";var pseudo=!mountpoint;var node;if(root&&FS.root){throw new FS.ErrnoError(10)}else if(!root&&!pseudo){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});mountpoint=lookup.path;node=lookup.node;if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}if(!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}}var mount={type,opts,mountpoint,mounts:[]};var mountRoot=type.mount(mount);mountRoot.mount=mount;mount.root=mountRoot;if(root){FS.root=mountRoot}else if(node){node.mounted=mount;if(node.mount){node.mount.mounts.push(mount)}}return mountRoot},unmount(mountpoint){var lookup=FS.lookupPath(mountpoint,{follow_mount:false});if(!FS.isMountpoint(lookup.node)){throw new FS.ErrnoError(28)}var node=lookup.node;var mount=node.mounted;var mounts=FS.getMounts(mount);for(var[hash,current]of Object.entries(FS.nameTable)){while(current){var next=current.name_next;if(mounts.includes(current.mount)){FS.destroyNode(current)}current=next}}node.mounted=null;var idx=node.mount.mounts.indexOf(mount);node.mount.mounts.splice(idx,1)},lookup(parent,name){return parent.node_ops.lookup(parent,name)},mknod(path,mode,dev){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);if(!name){throw new FS.ErrnoError(28)}if(name==="."||name===".."){throw new FS.ErrnoError(20)}var errCode=FS.mayCreate(parent,name);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.mknod){throw new FS.ErrnoError(63)}return parent.node_ops.mknod(parent,name,mode,dev)},statfs(path){return FS.statfsNode(FS.lookupPath(path,{follow:true}).node)},statfsStream(stream){return FS.statfsNode(stream.node)},statfsNode(node){var rtn={bsize:4096,frsize:4096,blocks:1e6,bfree:5e5,bavail:5e5,files:FS.nextInode,ffree:FS.nextInode-1,fsid:42,flags:2,namelen:255};if(node.node_ops.statfs){Object.assign(rtn,node.node_ops.statfs(node.mount.opts.root))}return rtn},create(path,mode=438){mode&=4095;mode|=32768;return FS.mknod(path,mode,0)},mkdir(path,mode=511){mode&=511|512;mode|=16384;return FS.mknod(path,mode,0)},mkdirTree(path,mode){var dirs=path.split("/");var d="";for(var dir of dirs){if(!dir)continue;if(d||PATH.isAbs(path))d+="/";d+=dir;try{FS.mkdir(d,mode)}catch(e){if(e.errno!=20)throw e}}},mkdev(path,mode,dev){if(typeof dev=="undefined"){dev=mode;mode=438}mode|=8192;return FS.mknod(path,mode,dev)},symlink(oldpath,newpath){if(!PATH_FS.resolve(oldpath)){throw new FS.ErrnoError(44)}var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.symlink){throw new FS.ErrnoError(63)}return parent.node_ops.symlink(parent,newname,oldpath)},link(oldpath,newpath,flags){var lookup=FS.lookupPath(newpath,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var newname=PATH.basename(newpath);var errCode=FS.mayCreate(parent,newname);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.link){throw new FS.ErrnoError(34)}return parent.node_ops.link(parent,newname,oldpath,flags)},rename(old_path,new_path){var old_dirname=PATH.dirname(old_path);var new_dirname=PATH.dirname(new_path);var old_name=PATH.basename(old_path);var new_name=PATH.basename(new_path);var lookup,old_dir,new_dir;lookup=FS.lookupPath(old_path,{parent:true});old_dir=lookup.node;lookup=FS.lookupPath(new_path,{parent:true});new_dir=lookup.node;if(!old_dir||!new_dir)throw new FS.ErrnoError(44);if(old_dir.mount!==new_dir.mount){throw new FS.ErrnoError(75)}var old_node=FS.lookupNode(old_dir,old_name);var relative=PATH_FS.relative(old_path,new_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(28)}relative=PATH_FS.relative(new_path,old_dirname);if(relative.charAt(0)!=="."){throw new FS.ErrnoError(55)}var new_node;try{new_node=FS.lookupNode(new_dir,new_name)}catch(e){}if(old_node===new_node){return}var isdir=FS.isDir(old_node.mode);var errCode=FS.mayDelete(old_dir,old_name,isdir);if(errCode){throw new FS.ErrnoError(errCode)}errCode=new_node?FS.mayDelete(new_dir,new_name,isdir):FS.mayCreate(new_dir,new_name);if(errCode){throw new FS.ErrnoError(errCode)}if(!old_dir.node_ops.rename){throw new FS.ErrnoError(63)}if(FS.isMountpoint(old_node)||new_node&&FS.isMountpoint(new_node)){throw new FS.ErrnoError(10)}if(new_dir!==old_dir){errCode=FS.nodePermissions(old_dir,"w");if(errCode){throw new FS.ErrnoError(errCode)}}FS.hashRemoveNode(old_node);try{old_dir.node_ops.rename(old_node,new_dir,new_name);old_node.parent=new_dir}catch(e){throw e}finally{FS.hashAddNode(old_node)}},rmdir(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,true);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.rmdir){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.rmdir(parent,name);FS.destroyNode(node)},readdir(path){var lookup=FS.lookupPath(path,{follow:true});var node=lookup.node;var readdir=FS.checkOpExists(node.node_ops.readdir,54);return readdir(node)},unlink(path){var lookup=FS.lookupPath(path,{parent:true});var parent=lookup.node;if(!parent){throw new FS.ErrnoError(44)}var name=PATH.basename(path);var node=FS.lookupNode(parent,name);var errCode=FS.mayDelete(parent,name,false);if(errCode){throw new FS.ErrnoError(errCode)}if(!parent.node_ops.unlink){throw new FS.ErrnoError(63)}if(FS.isMountpoint(node)){throw new FS.ErrnoError(10)}parent.node_ops.unlink(parent,name);FS.destroyNode(node)},readlink(path){var lookup=FS.lookupPath(path);var link=lookup.node;if(!link){throw new FS.ErrnoError(44)}if(!link.node_ops.readlink){throw new FS.ErrnoError(28)}return link.node_ops.readlink(link)},stat(path,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});var node=lookup.node;var getattr=FS.checkOpExists(node.node_ops.getattr,63);return getattr(node)},fstat(fd){var stream=FS.getStreamChecked(fd);var node=stream.node;var getattr=stream.stream_ops.getattr;var arg=getattr?stream:node;getattr??=node.node_ops.getattr;FS.checkOpExists(getattr,63);return getattr(arg)},lstat(path){return FS.stat(path,true)},doChmod(stream,node,mode,dontFollow){FS.doSetAttr(stream,node,{mode:mode&4095|node.mode&~4095,ctime:Date.now(),dontFollow})},chmod(path,mode,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChmod(null,node,mode,dontFollow)},lchmod(path,mode){FS.chmod(path,mode,true)},fchmod(fd,mode){var stream=FS.getStreamChecked(fd);FS.doChmod(stream,stream.node,mode,false)},doChown(stream,node,dontFollow){FS.doSetAttr(stream,node,{timestamp:Date.now(),dontFollow})},chown(path,uid,gid,dontFollow){var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:!dontFollow});node=lookup.node}else{node=path}FS.doChown(null,node,dontFollow)},lchown(path,uid,gid){FS.chown(path,uid,gid,true)},fchown(fd,uid,gid){var stream=FS.getStreamChecked(fd);FS.doChown(stream,stream.node,false)},doTruncate(stream,node,len){if(FS.isDir(node.mode)){throw new FS.ErrnoError(31)}if(!FS.isFile(node.mode)){throw new FS.ErrnoError(28)}var errCode=FS.nodePermissions(node,"w");if(errCode){throw new FS.ErrnoError(errCode)}FS.doSetAttr(stream,node,{size:len,timestamp:Date.now()})},truncate(path,len){if(len<0){throw new FS.ErrnoError(28)}var node;if(typeof path=="string"){var lookup=FS.lookupPath(path,{follow:true});node=lookup.node}else{node=path}FS.doTruncate(null,node,len)},ftruncate(fd,len){var stream=FS.getStreamChecked(fd);if(len<0||(stream.flags&2097155)===0){throw new FS.ErrnoError(28)}FS.doTruncate(stream,stream.node,len)},utime(path,atime,mtime,dontFollow){var lookup=FS.lookupPath(path,{follow:!dontFollow});FS.doSetAttr(null,lookup.node,{atime,mtime,dontFollow})},open(path,flags,mode=438){if(path===""){throw new FS.ErrnoError(44)}flags=FS_modeStringToFlags(flags);if(flags&64){mode=mode&4095|32768}else{mode=0}var node;var isDirPath;if(typeof path=="object"){node=path}else{isDirPath=path.endsWith("/");var lookup=FS.lookupPath(path,{follow:!(flags&131072),noent_okay:true});node=lookup.node;path=lookup.path}var created=false;if(flags&64){if(node){if(flags&128){throw new FS.ErrnoError(20)}}else if(isDirPath){throw new FS.ErrnoError(31)}else{node=FS.mknod(path,mode|511,0);created=true}}if(!node){throw new FS.ErrnoError(44)}if(FS.isChrdev(node.mode)){flags&=~512}if(flags&65536&&!FS.isDir(node.mode)){throw new FS.ErrnoError(54)}if(!created){var errCode=FS.mayOpen(node,flags);if(errCode){throw new FS.ErrnoError(errCode)}}if(flags&512&&!created){FS.truncate(node,0)}flags&=~(128|512|131072);var stream=FS.createStream({node,path:FS.getPath(node),flags,seekable:true,position:0,stream_ops:node.stream_ops,ungotten:[],error:false});if(stream.stream_ops.open){stream.stream_ops.open(stream)}if(created){FS.chmod(node,mode&511)}return stream},close(stream){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(stream.getdents)stream.getdents=null;stream.node?.notifyListeners(32);try{if(stream.stream_ops.close){stream.stream_ops.close(stream)}}catch(e){throw e}finally{FS.closeStream(stream.fd)}stream.fd=null},isClosed(stream){return stream.fd===null},llseek(stream,offset,whence){if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if(!stream.seekable||!stream.stream_ops.llseek){throw new FS.ErrnoError(70)}if(whence!=0&&whence!=1&&whence!=2){throw new FS.ErrnoError(28)}stream.position=stream.stream_ops.llseek(stream,offset,whence);stream.ungotten=[];return stream.position},read(stream,buffer,offset,length,position){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.read){throw new FS.ErrnoError(28)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesRead=stream.stream_ops.read(stream,buffer,offset,length,position);if(!seeking)stream.position+=bytesRead;return bytesRead},write(stream,buffer,offset,length,position,canOwn){if(length<0||position<0){throw new FS.ErrnoError(28)}if(FS.isClosed(stream)){throw new FS.ErrnoError(8)}if((stream.flags&2097155)===0){throw new FS.ErrnoError(8)}if(FS.isDir(stream.node.mode)){throw new FS.ErrnoError(31)}if(!stream.stream_ops.write){throw new FS.ErrnoError(28)}if(stream.seekable&&stream.flags&1024){FS.llseek(stream,0,2)}var seeking=typeof position!="undefined";if(!seeking){position=stream.position}else if(!stream.seekable){throw new FS.ErrnoError(70)}var bytesWritten=stream.stream_ops.write(stream,buffer,offset,length,position,canOwn);if(!seeking)stream.position+=bytesWritten;return bytesWritten},mmap(stream,length,position,prot,flags){if((prot&2)!==0&&(flags&2)===0&&(stream.flags&2097155)!==2){throw new FS.ErrnoError(2)}if((stream.flags&2097155)===1){throw new FS.ErrnoError(2)}if(!stream.stream_ops.mmap){throw new FS.ErrnoError(43)}if(!length){throw new FS.ErrnoError(28)}return stream.stream_ops.mmap(stream,length,position,prot,flags)},msync(stream,buffer,offset,length,mmapFlags){if(!stream.stream_ops.msync){return 0}return stream.stream_ops.msync(stream,buffer,offset,length,mmapFlags)},ioctl(stream,cmd,arg){if(!stream.stream_ops.ioctl){throw new FS.ErrnoError(59)}return stream.stream_ops.ioctl(stream,cmd,arg)},readFile(path,opts={}){opts.flags=opts.flags??0;opts.encoding=opts.encoding??"binary";if(opts.encoding!=="utf8"&&opts.encoding!=="binary"){abort(`Invalid encoding type "${opts.encoding}"`)}var stream=FS.open(path,opts.flags);var stat=FS.stat(path);var length=stat.size;var buf=new Uint8Array(length);FS.read(stream,buf,0,length,0);if(opts.encoding==="utf8"){buf=UTF8ArrayToString(buf)}FS.close(stream);return buf},writeFile(path,data,opts={}){opts.flags=opts.flags??577;var stream=FS.open(path,opts.flags,opts.mode);data=FS_fileDataToTypedArray(data);FS.write(stream,data,0,data.byteLength,undefined,opts.canOwn);FS.close(stream)},cwd:()=>FS.currentPath,chdir(path){var lookup=FS.lookupPath(path,{follow:true});if(lookup.node===null){throw new FS.ErrnoError(44)}if(!FS.isDir(lookup.node.mode)){throw new FS.ErrnoError(54)}var errCode=FS.nodePermissions(lookup.node,"x");if(errCode){throw new FS.ErrnoError(errCode)}FS.currentPath=lookup.path},createDefaultDirectories(){FS.mkdir("/tmp");FS.mkdir("/home");FS.mkdir("/home/web_user")},createDefaultDevices(){FS.mkdir("/dev");FS.registerDevice(FS.makedev(1,3),{read:()=>0,write:(stream,buffer,offset,length,pos)=>length,llseek:()=>0});FS.mkdev("/dev/null",FS.makedev(1,3));TTY.register(FS.makedev(5,0),TTY.default_tty_ops);TTY.register(FS.makedev(6,0),TTY.default_tty1_ops);FS.mkdev("/dev/tty",FS.makedev(5,0));FS.mkdev("/dev/tty1",FS.makedev(6,0));var randomBuffer=new Uint8Array(1024),randomLeft=0;var randomByte=()=>{if(randomLeft===0){randomFill(randomBuffer);randomLeft=randomBuffer.byteLength}return randomBuffer[--randomLeft]};FS.createDevice("/dev","random",randomByte);FS.createDevice("/dev","urandom",randomByte);FS.mkdir("/dev/shm");FS.mkdir("/dev/shm/tmp")},createSpecialDirectories(){FS.mkdir("/proc");var proc_self=FS.mkdir("/proc/self");FS.mkdir("/proc/self/fd");FS.mount({mount(){var node=FS.createNode(proc_self,"fd",16895,73);node.stream_ops={llseek:MEMFS.stream_ops.llseek};node.node_ops={lookup(parent,name){var fd=+name;var stream=FS.getStreamChecked(fd);var ret={parent:null,mount:{mountpoint:"fake"},node_ops:{readlink:()=>stream.path},id:fd+1};ret.parent=ret;return ret},readdir(){return Array.from(FS.streams.entries()).filter(([k,v])=>v).map(([k,v])=>k.toString())}};return node}},{},"/proc/self/fd")},createStandardStreams(input,output,error){if(input){FS.createDevice("/dev","stdin",input)}else{FS.symlink("/dev/tty","/dev/stdin")}if(output){FS.createDevice("/dev","stdout",null,output)}else{FS.symlink("/dev/tty","/dev/stdout")}if(error){FS.createDevice("/dev","stderr",null,error)}else{FS.symlink("/dev/tty1","/dev/stderr")}var stdin=FS.open("/dev/stdin",0);var stdout=FS.open("/dev/stdout",1);var stderr=FS.open("/dev/stderr",1)},staticInit(){FS.nameTable=new Array(4096);FS.mount(MEMFS,{},"/");FS.createDefaultDirectories();FS.createDefaultDevices();FS.createSpecialDirectories();FS.filesystems={MEMFS}},init(input,output,error){FS.initialized=true;input??=Module["stdin"];output??=Module["stdout"];error??=Module["stderr"];FS.createStandardStreams(input,output,error)},quit(){FS.initialized=false;for(var stream of FS.streams){if(stream){FS.close(stream)}}},findObject(path,dontResolveLastLink){var ret=FS.analyzePath(path,dontResolveLastLink);if(!ret.exists){return null}return ret.object},analyzePath(path,dontResolveLastLink){try{var lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});path=lookup.path}catch(e){}var ret={isRoot:false,exists:false,error:0,name:null,path:null,object:null,parentExists:false,parentPath:null,parentObject:null};try{var lookup=FS.lookupPath(path,{parent:true});ret.parentExists=true;ret.parentPath=lookup.path;ret.parentObject=lookup.node;ret.name=PATH.basename(path);lookup=FS.lookupPath(path,{follow:!dontResolveLastLink});ret.exists=true;ret.path=lookup.path;ret.object=lookup.node;ret.name=lookup.node.name;ret.isRoot=lookup.path==="/"}catch(e){ret.error=e.errno}return ret},createPath(parent,path,canRead,canWrite){parent=typeof parent=="string"?parent:FS.getPath(parent);var parts=path.split("/").reverse();while(parts.length){var part=parts.pop();if(!part)continue;var current=PATH.join2(parent,part);try{FS.mkdir(current)}catch(e){if(e.errno!=20)throw e}parent=current}return current},createFile(parent,name,properties,canRead,canWrite){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(canRead,canWrite);return FS.create(path,mode)},createDataFile(parent,name,data,canRead,canWrite,canOwn){var path=name;if(parent){parent=typeof parent=="string"?parent:FS.getPath(parent);path=name?PATH.join2(parent,name):parent}var mode=FS_getMode(canRead,canWrite);var node=FS.create(path,mode);if(data){data=FS_fileDataToTypedArray(data);FS.chmod(node,mode|146);var stream=FS.open(node,577);FS.write(stream,data,0,data.length,0,canOwn);FS.close(stream);FS.chmod(node,mode)}},createDevice(parent,name,input,output){var path=PATH.join2(typeof parent=="string"?parent:FS.getPath(parent),name);var mode=FS_getMode(!!input,!!output);FS.createDevice.major??=64;var dev=FS.makedev(FS.createDevice.major++,0);FS.registerDevice(dev,{open(stream){stream.seekable=false},close(stream){if(output?.buffer?.length){output(10)}},read(stream,buffer,offset,length,pos){var bytesRead=0;for(var i=0;i<length;i++){var result;try{result=input()}catch(e){throw new FS.ErrnoError(29)}if(result===undefined&&bytesRead===0){throw new FS.ErrnoError(6)}if(result===null||result===undefined)break;bytesRead++;buffer[offset+i]=result}if(bytesRead){stream.node.atime=Date.now()}return bytesRead},write(stream,buffer,offset,length,pos){for(var i=0;i<length;i++){try{output(buffer[offset+i])}catch(e){throw new FS.ErrnoError(29)}}if(length){stream.node.mtime=stream.node.ctime=Date.now()}return i}});return FS.mkdev(path,mode,dev)},forceLoadFile(obj){if(obj.isDevice||obj.isFolder||obj.link||obj.contents)return true;if(globalThis.XMLHttpRequest){abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.")}else{try{obj.contents=readBinary(obj.url)}catch(e){throw new FS.ErrnoError(29)}}},createLazyFile(parent,name,url,canRead,canWrite){class LazyUint8Array{lengthKnown=false;chunks=[];get(idx){if(idx>this.length-1||idx<0){return undefined}var chunkOffset=idx%this.chunkSize;var chunkNum=idx/this.chunkSize|0;return this.getter(chunkNum)[chunkOffset]}setDataGetter(getter){this.getter=getter}cacheLength(){var xhr=new XMLHttpRequest;xhr.open("HEAD",url,false);xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);var datalength=Number(xhr.getResponseHeader("Content-length"));var header;var hasByteServing=(header=xhr.getResponseHeader("Accept-Ranges"))&&header==="bytes";var usesGzip=(header=xhr.getResponseHeader("Content-Encoding"))&&header==="gzip";var chunkSize=1024*1024;if(!hasByteServing)chunkSize=datalength;var doXHR=(from,to)=>{if(from>to)abort(`invalid range (${from}, ${to}) or no bytes requested!`);if(to>datalength-1)abort(`only ${datalength} bytes available! programmer error!`);var xhr=new XMLHttpRequest;xhr.open("GET",url,false);if(datalength!==chunkSize)xhr.setRequestHeader("Range","bytes="+from+"-"+to);xhr.responseType="arraybuffer";if(xhr.overrideMimeType){xhr.overrideMimeType("text/plain; charset=x-user-defined")}xhr.send(null);if(!(xhr.status>=200&&xhr.status<300||xhr.status===304))abort("Couldn't load "+url+". Status: "+xhr.status);if(xhr.response!==undefined){return new Uint8Array(xhr.response||[])}return intArrayFromString(xhr.responseText??"",true)};var lazyArray=this;lazyArray.setDataGetter(chunkNum=>{var start=chunkNum*chunkSize;var end=(chunkNum+1)*chunkSize-1;end=Math.min(end,datalength-1);if(typeof lazyArray.chunks[chunkNum]=="undefined"){lazyArray.chunks[chunkNum]=doXHR(start,end)}if(typeof lazyArray.chunks[chunkNum]=="undefined")abort("doXHR failed!");return lazyArray.chunks[chunkNum]});if(usesGzip||!datalength){chunkSize=datalength=1;datalength=this.getter(0).length;chunkSize=datalength;out("LazyFiles on gzip forces download of the whole file when length is accessed")}this._length=datalength;this._chunkSize=chunkSize;this.lengthKnown=true}get length(){if(!this.lengthKnown){this.cacheLength()}return this._length}get chunkSize(){if(!this.lengthKnown){this.cacheLength()}return this._chunkSize}}if(globalThis.XMLHttpRequest){if(!ENVIRONMENT_IS_WORKER)abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");var lazyArray=new LazyUint8Array;var properties={isDevice:false,contents:lazyArray}}else{var properties={isDevice:false,url}}var node=FS.createFile(parent,name,properties,canRead,canWrite);if(properties.contents){node.contents=properties.contents}else if(properties.url){node.contents=null;node.url=properties.url}Object.defineProperties(node,{usedBytes:{get:function(){return this.contents.length}}});var stream_ops={};for(const[key,fn]of Object.entries(node.stream_ops)){stream_ops[key]=(...args)=>{FS.forceLoadFile(node);return fn(...args)}}function writeChunks(stream,buffer,offset,length,position){var contents=stream.node.contents;if(position>=contents.length)return 0;var size=Math.min(contents.length-position,length);if(contents.slice){for(var i=0;i<size;i++){buffer[offset+i]=contents[position+i]}}else{for(var i=0;i<size;i++){buffer[offset+i]=contents.get(position+i)}}return size}stream_ops.read=(stream,buffer,offset,length,position)=>{FS.forceLoadFile(node);return writeChunks(stream,buffer,offset,length,position)};stream_ops.mmap=(stream,length,position,prot,flags)=>{FS.forceLoadFile(node);var ptr=mmapAlloc(length);if(!ptr){throw new FS.ErrnoError(48)}writeChunks(stream,HEAP8,ptr,length,position);return{ptr,allocated:true}};node.stream_ops=stream_ops;return node}};var SYSCALLS={currentUmask:18,calculateAt(dirfd,path,allowEmpty){if(PATH.isAbs(path)){return path}var dir;if(dirfd===-100){dir=FS.cwd()}else{var dirstream=SYSCALLS.getStreamFromFD(dirfd);dir=dirstream.path}if(path.length==0){if(!allowEmpty){throw new FS.ErrnoError(44)}return dir}return dir+"/"+path},writeStat(buf,stat){HEAPU32[buf>>2]=stat.dev;HEAPU32[buf+4>>2]=stat.mode;HEAPU32[buf+8>>2]=stat.nlink;HEAPU32[buf+12>>2]=stat.uid;HEAPU32[buf+16>>2]=stat.gid;HEAPU32[buf+20>>2]=stat.rdev;HEAP64[buf+24>>3]=BigInt(stat.size);HEAP32[buf+32>>2]=4096;HEAP32[buf+36>>2]=stat.blocks;var atime=stat.atime.getTime();var mtime=stat.mtime.getTime();var ctime=stat.ctime.getTime();HEAP64[buf+40>>3]=BigInt(Math.floor(atime/1e3));HEAPU32[buf+48>>2]=atime%1e3*1e3*1e3;HEAP64[buf+56>>3]=BigInt(Math.floor(mtime/1e3));HEAPU32[buf+64>>2]=mtime%1e3*1e3*1e3;HEAP64[buf+72>>3]=BigInt(Math.floor(ctime/1e3));HEAPU32[buf+80>>2]=ctime%1e3*1e3*1e3;HEAP64[buf+88>>3]=BigInt(stat.ino);return 0},writeStatFs(buf,stats){HEAPU32[buf+4>>2]=stats.bsize;HEAPU32[buf+60>>2]=stats.bsize;HEAP64[buf+8>>3]=BigInt(stats.blocks);HEAP64[buf+16>>3]=BigInt(stats.bfree);HEAP64[buf+24>>3]=BigInt(stats.bavail);HEAP64[buf+32>>3]=BigInt(stats.files);HEAP64[buf+40>>3]=BigInt(stats.ffree);HEAPU32[buf+48>>2]=stats.fsid;HEAPU32[buf+64>>2]=stats.flags;HEAPU32[buf+56>>2]=stats.namelen},doMsync(addr,stream,len,flags,offset){if(!FS.isFile(stream.node.mode)){throw new FS.ErrnoError(43)}if(flags&2){return 0}var buffer=HEAPU8.subarray(addr,addr+len);FS.msync(stream,buffer,offset,len,flags)},getStreamFromFD(fd){var stream=FS.getStreamChecked(fd);return stream},varargs:undefined,getStr(ptr){var ret=UTF8ToString(ptr);return ret}};function _fd_close(fd){try{var stream=SYSCALLS.getStreamFromFD(fd);FS.close(stream);return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doReadv=(stream,iov,iovcnt,offset)=>{var ret=0;for(var i=0;i<iovcnt;i++){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];iov+=8;try{var curr=FS.read(stream,HEAP8,ptr,len,offset)}catch(e){if(ret>0&&e instanceof FS.ErrnoError&&(e.errno==6||e.errno==6)){break}throw e}if(curr<0)return-1;ret+=curr;if(curr<len)break;if(typeof offset!="undefined"){offset+=curr}}return ret};function _fd_read(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doReadv(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var INT53_MAX=9007199254740992;var INT53_MIN=-9007199254740992;var bigintToI53Checked=num=>num<INT53_MIN||num>INT53_MAX?NaN:Number(num);function _fd_seek(fd,offset,whence,newOffset){offset=bigintToI53Checked(offset);try{if(isNaN(offset))return 22;var stream=SYSCALLS.getStreamFromFD(fd);FS.llseek(stream,offset,whence);HEAP64[newOffset>>3]=BigInt(stream.position);if(stream.getdents&&offset===0&&whence===0)stream.getdents=null;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var doWritev=(stream,iov,iovcnt,offset)=>{if(iovcnt==1){return FS.write(stream,HEAP8,HEAPU32[iov>>2],HEAPU32[iov+4>>2],offset)}var total=0;for(var i=0,p=iov;i<iovcnt;i++,p+=8){total+=HEAPU32[p+4>>2]}var view=new Uint8Array(total);var voff=0;for(var i=0;i<iovcnt;i++,iov+=8){var ptr=HEAPU32[iov>>2];var len=HEAPU32[iov+4>>2];view.set(HEAPU8.subarray(ptr,ptr+len),voff);voff+=len}return FS.write(stream,view,0,total,offset)};function _fd_write(fd,iov,iovcnt,pnum){try{var stream=SYSCALLS.getStreamFromFD(fd);var num=doWritev(stream,iov,iovcnt);HEAPU32[pnum>>2]=num;return 0}catch(e){if(typeof FS=="undefined"||!(e.name==="ErrnoError"))throw e;return e.errno}}var wasmTableMirror=[];var getWasmTableEntry=funcPtr=>{var func=wasmTableMirror[funcPtr];if(!func){wasmTableMirror[funcPtr]=func=wasmTable.get(funcPtr)}return func};var stringToUTF8=(str,outPtr,maxBytesToWrite)=>stringToUTF8Array(str,HEAPU8,outPtr,maxBytesToWrite);FS.createPreloadedFile=FS_createPreloadedFile;FS.preloadFile=FS_preloadFile;FS.staticInit();{if(Module["noExitRuntime"])noExitRuntime=Module["noExitRuntime"];if(Module["print"])out=Module["print"];if(Module["printErr"])err=Module["printErr"];if(Module["arguments"])programArgs=Module["arguments"];if(Module["thisProgram"])thisProgram=Module["thisProgram"];var preInit=Module["preInit"];if(preInit){if(typeof preInit=="function")Module["preInit"]=preInit=[preInit];while(preInit.length>0){preInit.shift()()}}}Module["getValue"]=getValue;Module["UTF8ToString"]=UTF8ToString;Module["stringToUTF8"]=stringToUTF8;Module["lengthBytesUTF8"]=lengthBytesUTF8;var _wasm_parse_query,_malloc,_free,_wasm_parse_query_raw,_wasm_free_parse_result,_wasm_parse_plpgsql,_wasm_fingerprint,_wasm_normalize_query,_wasm_parse_query_detailed,_wasm_free_detailed_result,_wasm_scan,_wasm_free_string,__emscripten_timeout,_setThrew,__emscripten_stack_restore,_emscripten_stack_get_current,memory,__indirect_function_table,wasmMemory,wasmTable;function assignWasmExports(wasmExports){_wasm_parse_query=Module["_wasm_parse_query"]=wasmExports["B"];_malloc=Module["_malloc"]=wasmExports["C"];_free=Module["_free"]=wasmExports["E"];_wasm_parse_query_raw=Module["_wasm_parse_query_raw"]=wasmExports["F"];_wasm_free_parse_result=Module["_wasm_free_parse_result"]=wasmExports["G"];_wasm_parse_plpgsql=Module["_wasm_parse_plpgsql"]=wasmExports["H"];_wasm_fingerprint=Module["_wasm_fingerprint"]=wasmExports["I"];_wasm_normalize_query=Module["_wasm_normalize_query"]=wasmExports["J"];_wasm_parse_query_detailed=Module["_wasm_parse_query_detailed"]=wasmExports["K"];_wasm_free_detailed_result=Module["_wasm_free_detailed_result"]=wasmExports["L"];_wasm_scan=Module["_wasm_scan"]=wasmExports["M"];_wasm_free_string=Module["_wasm_free_string"]=wasmExports["N"];__emscripten_timeout=wasmExports["O"];_setThrew=wasmExports["P"];__emscripten_stack_restore=wasmExports["Q"];_emscripten_stack_get_current=wasmExports["R"];memory=wasmMemory=wasmExports["z"];__indirect_function_table=wasmTable=wasmExports["D"]}var wasmImports={c:___assert_fail,x:__abort_js,w:__emscripten_runtime_keepalive_clear,p:__emscripten_throw_longjmp,o:__setitimer_js,q:_emscripten_resize_heap,m:_exit,u:_fd_close,r:_fd_read,s:_fd_seek,t:_fd_write,g:invoke_i,b:invoke_ii,a:invoke_iii,d:invoke_iiii,k:invoke_iiiii,l:invoke_ji,e:invoke_v,f:invoke_vi,h:invoke_vii,j:invoke_viii,i:invoke_viiii,y:invoke_viiiii,n:invoke_viiiiiiiiiiiii,v:_proc_exit};function invoke_iii(index,a1,a2){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ii(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_i(index){var sp=stackSave();try{return getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_v(index){var sp=stackSave();try{getWasmTableEntry(index)()}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiii(index,a1,a2,a3){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiii(index,a1,a2,a3,a4){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiiiiiiiiiii(index,a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_iiiii(index,a1,a2,a3,a4){var sp=stackSave();try{return getWasmTableEntry(index)(a1,a2,a3,a4)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viii(index,a1,a2,a3){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vi(index,a1){var sp=stackSave();try{getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_vii(index,a1,a2){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_viiiii(index,a1,a2,a3,a4,a5){var sp=stackSave();try{getWasmTableEntry(index)(a1,a2,a3,a4,a5)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0)}}function invoke_ji(index,a1){var sp=stackSave();try{return getWasmTableEntry(index)(a1)}catch(e){stackRestore(sp);if(!(e instanceof EmscriptenEH))throw e;_setThrew(1,0);return 0n}}async function run(){preRun();if(runDependencies){await resolveRunDependencies()}var setStatus=Module["setStatus"];if(setStatus){setStatus("Running...");await new Promise(resolve=>setTimeout(resolve,1));setTimeout(setStatus,1,"")}if(ABORT)return;initRuntime();Module["onRuntimeInitialized"]?.();postRun()}var wasmExports;wasmExports=await createWasm();await run();
;return Module}})();if(true){module.exports=PgQueryModule;module.exports["default"]=PgQueryModule}else {}


/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 308:
/***/ (() => {


;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/core/wasm-baseline.ts
/**
 * Imported first by both entry points (CLI and action), before anything can load a WASM
 * module: V8 runs WASM on its baseline compiler only (Liftoff).
 *
 * libpg-query, the migration parser, is a 1.7 MB module. Optimising its hot functions in background
 * threads costs more CPU than it saves even on 2,000 migrations, and node waits for those jobs before
 * the process exits: about 150 ms on every `lint FILE` (bench/run.mjs, `node --liftoff-only` compared
 * with the default). V8 lists the flag as one for testing; an unknown flag would only be ignored with a
 * warning, never fail a run. It is read when a module is compiled and when a function tiers up, so it
 * must be set before libpg-query is imported. PGlite, a much larger module that runs Postgres itself,
 * turns optimisation back on before it loads (src/db/pglite-server.ts).
 */

(0,external_node_v8_namespaceObject.setFlagsFromString)('--liftoff-only');


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BC: () => (/* binding */ lintRun),
  CD: () => (/* binding */ opsOf)
});

// UNUSED EXPORTS: THREADS_ENV, lintSources, prestartLintWorkers, splitByBytes, threadsFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * A mistake the user can fix: a bad flag, config key, unreadable file or invalid ref name.
 * It ends the run with exit code 2 and one line on stderr; it never prints a stack trace.
 */
class UsageError extends Error {
    name = 'UsageError';
    constructor(message) {
        super(oneLine(message));
    }
}
/** Collapse whitespace so a message stays on one line whatever text it quotes. */
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
function errors_errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/core/tool.ts
/** The tool's identity in reports. Kept equal to package.json by a test. */
const TOOL_NAME = 'rollback-ready';
const TOOL_VERSION = '0.1.0';
const DOCS_BASE = 'https://github.com/rollback-ready/rollback-ready/blob/main/docs';

;// CONCATENATED MODULE: ./src/gates/migrations/classify.ts
/** Statement kinds that only add: the previous release keeps working after them. */
const ADDITIVE = new Set([
    'CreateStmt',
    'CreateTableAsStmt',
    'IndexStmt',
    'CreateEnumStmt',
    'CompositeTypeStmt',
    'CreateDomainStmt',
    'CreateSeqStmt',
    'CreateSchemaStmt',
    'CreateExtensionStmt',
    'CreateFunctionStmt',
    'CreateTrigStmt',
    'CreatePolicyStmt',
    'ViewStmt',
    'CommentStmt',
    'GrantStmt',
    'GrantRoleStmt',
    'VariableSetStmt',
    'TransactionStmt',
    'InsertStmt',
    'SelectStmt',
    'DoStmt',
    'AlterEnumStmt',
    'AlterSeqStmt',
    'AlterOwnerStmt',
    'AlterDefaultPrivilegesStmt',
    'CreateRoleStmt',
    'RefreshMatViewStmt',
]);
/** ALTER TABLE sub-commands that only add or relax nothing the previous release relies on. */
const ADDITIVE_ALTER = new Set([
    'AT_AddColumn',
    'AT_AddConstraint',
    'AT_ValidateConstraint',
    'AT_ColumnDefault',
    'AT_AddIndex',
    'AT_AddIndexConstraint',
    'AT_EnableRowSecurity',
    'AT_ForceRowSecurity',
    'AT_SetStatistics',
    'AT_SetStorage',
    'AT_ChangeOwner',
    'AT_ReplicaIdentity',
    'AT_EnableTrig',
    'AT_AddIdentity',
    'AT_SetIdentity',
]);
/**
 * A statement's class before rules speak: `expand` for what only adds, `unknown` otherwise. A rule
 * hit of class `contract` overrides it (see the engine).
 */
function baseClass(node) {
    const kind = Object.keys(node)[0] ?? '';
    if (ADDITIVE.has(kind))
        return 'expand';
    if ('AlterTableStmt' in node) {
        const cmds = node.AlterTableStmt.cmds ?? [];
        const additive = cmds.every((c) => 'AlterTableCmd' in c && ADDITIVE_ALTER.has(c.AlterTableCmd.subtype ?? ''));
        return cmds.length && additive ? 'expand' : 'unknown';
    }
    return 'unknown';
}
const RANK = { expand: 0, unknown: 1, contract: 2 };
/** The worse of two classes: a file is as risky as its riskiest statement. */
function worseClass(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}

;// CONCATENATED MODULE: ./src/gates/migrations/ignore.ts
const DIRECTIVE = /^\s*--\s*rollback-ready-ignore(-file)?\b(.*)$/;
/**
 * Read `-- rollback-ready-ignore <rule>[, <rule>]: <reason>` and `-- rollback-ready-ignore-file …`.
 * A reason is required (copied migrations must not carry silent exemptions along), and an unknown
 * rule id is an error so a typo never suppresses everything.
 */
function readIgnoreDirectives(text, path, knownRules) {
    const directives = [];
    const findings = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((lineText, index) => {
        const m = DIRECTIVE.exec(lineText);
        if (!m)
            return;
        const line = index + 1;
        const scope = m[1] ? 'file' : 'statement';
        const rest = m[2] ?? '';
        const colon = rest.indexOf(':');
        const ruleText = (colon === -1 ? rest : rest.slice(0, colon)).trim();
        const reason = colon === -1 ? '' : rest.slice(colon + 1).trim();
        const rules = ruleText.split(/[\s,]+/).filter(Boolean);
        const problem = (message) => findings.push({
            gate: 'migrations',
            rule: 'invalid-ignore',
            severity: 'error',
            file: path,
            line,
            column: 1,
            message,
            help: 'Write it as: -- rollback-ready-ignore <rule-id>: <why this is safe here>',
        });
        if (rules.length === 0)
            return problem('this ignore comment names no rule, so it suppresses nothing');
        const unknown = rules.filter((r) => !knownRules.has(r));
        if (unknown.length)
            return problem(`unknown rule id ${unknown.map((r) => `"${r}"`).join(', ')} in an ignore comment`);
        if (!reason)
            return problem(`the ignore for ${rules.join(', ')} has no reason; say why it is safe after a colon`);
        directives.push({ scope, rules, reason, line, used: new Set() });
    });
    return { directives, findings };
}
/**
 * The directive that suppresses `rule` for a statement starting at `statementLine`: a file directive,
 * or a statement directive whose next statement is this one.
 */
function findSuppression(directives, rule, statementLine, previousStatementEndLine) {
    return directives.find((d) => d.rules.includes(rule) &&
        (d.scope === 'file' || (d.line < statementLine && d.line > previousStatementEndLine)));
}
function unusedIgnoreFindings(directives, path) {
    const findings = [];
    for (const d of directives) {
        const unused = d.rules.filter((r) => !d.used.has(r));
        if (!unused.length)
            continue;
        findings.push({
            gate: 'migrations',
            rule: 'unused-ignore',
            severity: 'warning',
            file: path,
            line: d.line,
            column: 1,
            message: `this ignore for ${unused.join(', ')} suppresses nothing`,
            help: 'Remove the comment, or move it to the line just above the statement it is meant for.',
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/compat/rule-ids.ts
/**
 * The ids of the findings the fallback-release check makes (src/compat/compare.ts). A module of its
 * own so the migrations rule registry can list them without loading the check.
 */
const COMPAT_RULE_IDS = [
    'fallback-reads-missing-table',
    'fallback-reads-missing-column',
    'fallback-insert-not-null',
    'fallback-type-changed',
    'fallback-unknown-enum-value',
];

;// CONCATENATED MODULE: ./src/gates/migrations/names.ts
/**
 * Canonical object names so `public.users`, `users` and `"users"` compare equal. The parser already
 * folds unquoted identifiers to lower case; the default schema `public` is dropped.
 */
function relationKey(rel) {
    if (!rel?.relname)
        return '';
    const schema = rel.schemaname && rel.schemaname !== 'public' ? `${rel.schemaname}.` : '';
    return `${schema}${rel.relname}`;
}
/** Qualified names given as a list of String nodes (DROP objects, type names). */
function qualifiedName(parts) {
    const names = (parts ?? []).map(stringValue).filter((s) => s !== undefined);
    if (names.length > 1 && names[0] === 'public')
        names.shift();
    return names.join('.');
}
function stringValue(node) {
    if (node && 'String' in node)
        return node.String.sval;
    return undefined;
}
function columnKey(table, column) {
    return `${table}.${column}`;
}
/** `pg_catalog.int4` → `int4`, `varchar(20)` keeps its modifiers as text for messages. */
function typeNameText(type) {
    if (!type)
        return '';
    const parts = (type.names ?? []).map(stringValue).filter((s) => s !== undefined);
    const name = parts[parts.length - 1] ?? '';
    const mods = (type.typmods ?? [])
        .map((m) => {
        if ('A_Const' in m)
            return m.A_Const.ival?.ival ?? 0;
        return undefined;
    })
        .filter((m) => m !== undefined);
    const array = type.arrayBounds?.length ? '[]' : '';
    return `${name}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ast.ts

/** Small accessors over the Postgres AST shared by rules (not a dumping ground: AST shape only). */
const commandsByNode = new WeakMap();
/** The sub-commands of an ALTER TABLE; every rule asks, so the list is built once per statement. */
function alterCommands(node) {
    if (!('AlterTableStmt' in node))
        return [];
    let cmds = commandsByNode.get(node);
    if (!cmds) {
        cmds = (node.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
        commandsByNode.set(node, cmds);
    }
    return cmds;
}
function columnDefOf(cmd) {
    return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}
function constraintOf(node) {
    return node && 'Constraint' in node ? node.Constraint : undefined;
}
function columnConstraints(def) {
    return (def.constraints ?? []).flatMap((c) => ('Constraint' in c ? [c.Constraint] : []));
}
/** ALTER TABLE … on a table (not an index, view or sequence). */
function isTableAlter(node) {
    return 'AlterTableStmt' in node && (node.AlterTableStmt.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE';
}
/**
 * The targets of a DROP statement, each as its name parts for `qualifiedName` (`public.users` →
 * public, users; a trigger's table comes first and its own name last; a function's argument list is left out).
 */
function dropTargetNames(node) {
    if (!('DropStmt' in node))
        return [];
    return (node.DropStmt.objects ?? []).map((o) => {
        if ('List' in o)
            return o.List.items ?? [];
        if ('ObjectWithArgs' in o)
            return o.ObjectWithArgs.objname ?? [];
        if ('TypeName' in o)
            return o.TypeName.names ?? [];
        return [o];
    });
}
/** The last part of a type name (`pg_catalog.varchar` → `varchar`, `character varying` → `varchar`). */
function typeBaseName(type) {
    const last = type?.names?.[type.names.length - 1];
    return last && 'String' in last ? (last.String.sval ?? '') : '';
}
/** Integer type modifiers: `varchar(20)` → [20], `numeric(10,2)` → [10, 2], `text` → []. */
function typeModifiers(type) {
    return (type?.typmods ?? []).flatMap((m) => ('A_Const' in m ? [m.A_Const.ival?.ival ?? 0] : []));
}
const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);
/** `serial`, `bigserial` and friends: an integer column filled from a new sequence. */
function isSerialType(type) {
    return ((type?.names?.length ?? 0) === 1 && SERIAL_TYPES.has(typeBaseName(type)) && !type?.arrayBounds?.length);
}
/** A column definition's DEFAULT expression; undefined when it has none or `DEFAULT NULL`. */
function columnDefault(def) {
    const expr = columnConstraints(def).find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
    if (!expr || ('A_Const' in expr && expr.A_Const.isnull))
        return undefined;
    return expr;
}
/** Every node of one kind inside a tree (an expression, a statement), depth-first. */
function findNodes(root, kind) {
    const found = [];
    const visit = (value) => {
        if (Array.isArray(value))
            return value.forEach(visit);
        if (!value || typeof value !== 'object')
            return;
        for (const [key, child] of Object.entries(value)) {
            if (key === kind)
                found.push(child);
            visit(child);
        }
    };
    visit(root);
    return found;
}
/** REINDEX … CONCURRENTLY (written as an option: `REINDEX (CONCURRENTLY) …` or `REINDEX TABLE CONCURRENTLY …`). */
function isConcurrentReindex(node) {
    if (!('ReindexStmt' in node))
        return false;
    return (node.ReindexStmt.params ?? []).some((p) => {
        if (!('DefElem' in p) || p.DefElem.defname !== 'concurrently')
            return false;
        const arg = p.DefElem.arg;
        const value = arg && 'String' in arg
            ? arg.String.sval
            : arg && 'Boolean' in arg
                ? String(arg.Boolean.boolval ?? false)
                : undefined;
        return value === undefined || !['false', 'off', '0'].includes(value.toLowerCase());
    });
}
/**
 * ADD CONSTRAINT … UNIQUE / PRIMARY KEY (without USING INDEX), or ADD COLUMN with one inline, on a
 * table that existed before the change: each builds its index under an ACCESS EXCLUSIVE lock.
 */
function indexBuildsOnExistingTable(node, state, contype) {
    if (!isTableAlter(node) || !('AlterTableStmt' in node))
        return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (state.isNewTable(table))
        return [];
    const builds = (c) => c?.contype === contype && !c.indexname;
    return alterCommands(node).flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const c = constraintOf(cmd.def);
            if (!builds(c))
                return [];
            const columns = (c.keys ?? []).map((k) => `"${stringValue(k)}"`).join(', ');
            return [{ via: 'constraint', table, constraint: c, columns }];
        }
        const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
        if (!def?.colname || !columnConstraints(def).some(builds))
            return [];
        return [{ via: 'column', table, column: def.colname }];
    });
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-column.ts


const banDropColumn = {
    id: 'ban-drop-column',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a column breaks the previous release, which still reads and writes it, and deletes its data.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        if (!('AlterTableStmt' in statement.node))
            return [];
        const table = relationKey(statement.node.AlterTableStmt.relation);
        return alterCommands(statement.node)
            .filter((c) => c.subtype === 'AT_DropColumn' && c.name && !state.isNewColumn(table, c.name))
            .map((c) => ({
            message: `Dropping column "${c.name}" of "${table}" breaks the previous release: its queries still name the column, and a rollback cannot bring the data back.`,
            help: 'Contract in a later release: first ship a release that no longer reads or writes the column, then drop it once that release is the rollback target.',
        }));
    },
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gates/migrations/layouts.ts

const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const parentDir = (path) => {
    const parts = path.split('/');
    return parts[parts.length - 2] ?? '';
};
function layout(spec) {
    const matchers = spec.globs.map((g) => picomatch_default()(g, { dot: false }));
    return {
        ...spec,
        match(path) {
            if (path.includes('node_modules/') || !matchers.some((m) => m(path)))
                return undefined;
            return spec.version(path);
        },
    };
}
const up = (version) => ({ direction: 'up', version });
/** Checked in this order: the first layout that claims a path owns it (most specific first). */
const LAYOUTS = [
    layout({
        id: 'prisma',
        name: 'Prisma',
        globs: ['prisma/migrations/*/migration.sql', '**/prisma/migrations/*/migration.sql'],
        transaction: 'per-file',
        hasDown: false,
        version: (p) => up(parentDir(p)),
    }),
    layout({
        id: 'drizzle',
        name: 'Drizzle',
        globs: ['drizzle/*.sql', '**/drizzle/*.sql', 'drizzle/*/migration.sql', '**/drizzle/*/migration.sql'],
        transaction: 'per-file',
        hasDown: false,
        version: (p) => up(base(p) === 'migration.sql' ? parentDir(p) : base(p)),
    }),
    layout({
        id: 'supabase',
        name: 'Supabase',
        globs: ['supabase/migrations/*.sql', '**/supabase/migrations/*.sql'],
        transaction: 'per-file',
        hasDown: false,
        version: (p) => up(base(p)),
    }),
    layout({
        id: 'flyway',
        name: 'Flyway',
        globs: ['**/[VU][0-9]*__*.sql', '[VU][0-9]*__*.sql'],
        transaction: 'flyway',
        hasDown: true,
        version: (p) => {
            const m = /^([VU])([0-9][0-9._]*)__/.exec(base(p));
            if (!m)
                return undefined;
            return { direction: m[1] === 'U' ? 'down' : 'up', version: m[2].replace(/_/g, '.') };
        },
    }),
    layout({
        id: 'golang-migrate',
        name: 'golang-migrate',
        globs: ['**/*.up.sql', '**/*.down.sql', '*.up.sql', '*.down.sql'],
        transaction: 'implicit',
        hasDown: true,
        version: (p) => {
            const m = /^(.*)\.(up|down)\.sql$/.exec(base(p));
            return m ? { direction: m[2], version: m[1] } : undefined;
        },
    }),
    layout({
        id: 'plain',
        name: 'plain SQL',
        globs: ['migrations/*.sql', '**/migrations/*.sql', 'db/migrations/*.sql', '**/db/migrations/*.sql'],
        transaction: 'none',
        hasDown: false,
        version: (p) => up(base(p)),
    }),
];
/** dbmate shares plain's folders; its files are recognised by their `-- migrate:up` marker. */
const DBMATE_LAYOUT = {
    id: 'dbmate',
    name: 'dbmate',
    globs: ['db/migrations/*.sql', '**/db/migrations/*.sql', 'migrations/*.sql', '**/migrations/*.sql'],
    transaction: 'per-file',
    hasDown: true,
    match: (p) => up(base(p)),
};
function layoutById(id) {
    return id === 'dbmate' ? DBMATE_LAYOUT : LAYOUTS.find((l) => l.id === id);
}
/** Compare version keys: numbers inside compare as numbers (`V1.10` after `V1.9`). */
const numericCollator = new Intl.Collator('en', { numeric: true });
function compareVersions(a, b) {
    return numericCollator.compare(a, b);
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-concurrent-index-creation.ts


/** Runners that wrap every file in a transaction with no way out, where CONCURRENTLY cannot run at all. */
const ALWAYS_TRANSACTIONAL = new Set(['supabase', 'prisma', 'drizzle']);
function helpFor({ file, transactionModel }) {
    if (transactionModel === 'per-file' && ALWAYS_TRANSACTIONAL.has(file.layout)) {
        return `Use CREATE INDEX CONCURRENTLY IF NOT EXISTS; ${layoutById(file.layout).name} runs every migration file in a transaction, where CONCURRENTLY is refused, so run it by hand outside the migration, or accept the write lock if the table is small.`;
    }
    return 'Use CREATE INDEX CONCURRENTLY IF NOT EXISTS in a migration of its own that runs outside a transaction.';
}
const requireConcurrentIndexCreation = {
    id: 'require-concurrent-index-creation',
    severity: 'error',
    class: 'expand',
    summary: 'CREATE INDEX without CONCURRENTLY blocks every write to an existing table until the index is built.',
    kinds: ['IndexStmt'],
    check(ctx) {
        const { statement, state } = ctx;
        if (!('IndexStmt' in statement.node))
            return [];
        const index = statement.node.IndexStmt;
        const table = relationKey(index.relation);
        if (index.concurrent || state.isNewTable(table))
            return [];
        // CREATE INDEX ON ONLY <partitioned parent> builds nothing: it creates an invalid parent index that
        // per-partition CONCURRENTLY builds plus ALTER INDEX … ATTACH PARTITION complete.
        if (index.relation && !index.relation.inh)
            return [];
        return [
            {
                message: `Building index${index.idxname ? ` "${index.idxname}"` : ''} on existing table "${table}" without CONCURRENTLY blocks all writes (INSERT, UPDATE, DELETE) to it for the whole build.`,
                help: helpFor(ctx),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-database.ts
const banDropDatabase = {
    id: 'ban-drop-database',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a database from a migration deletes everything in it; no rollback brings it back.',
    kinds: ['DropdbStmt'],
    check({ statement, previous }) {
        const { node } = statement;
        if (!('DropdbStmt' in node) || !node.DropdbStmt.dbname)
            return [];
        const name = node.DropdbStmt.dbname;
        if (previous.some((s) => 'CreatedbStmt' in s.node && s.node.CreatedbStmt.dbname === name))
            return [];
        return [
            {
                message: `Dropping database "${name}" deletes every table in it: the previous release loses all of its data, and a rollback cannot restore it.`,
                help: 'Never drop a database from an application migration; retire it by hand, after a verified backup, once no release connects to it.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-function.ts


const KINDS = {
    OBJECT_FUNCTION: 'function',
    OBJECT_PROCEDURE: 'procedure',
    OBJECT_ROUTINE: 'routine',
};
const banDropFunction = {
    id: 'ban-drop-function',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a function or procedure breaks the previous release and the triggers, policies and RPC calls that use it.',
    kinds: ['DropStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('DropStmt' in node))
            return [];
        const kind = KINDS[node.DropStmt.removeType ?? ''];
        if (!kind)
            return [];
        // DROP then CREATE of the same name later in the file replaces the function (e.g. to change its return type).
        const recreated = new Set(following.flatMap((s) => 'CreateFunctionStmt' in s.node ? [qualifiedName(s.node.CreateFunctionStmt.funcname)] : []));
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return dropTargetNames(node)
            .map((parts) => qualifiedName(parts))
            .filter((name) => name && !state.isNewFunction(name) && !recreated.has(name))
            .map((name) => ({
            message: `Dropping ${kind} "${name}" breaks the previous release: its calls (SQL, RPC, triggers, defaults) fail with "function does not exist", after the migration and after a rollback` +
                `${cascade ? '; CASCADE also drops the triggers and policies built on it' : ''}.`,
            help: `Replace it in place (CREATE OR REPLACE, or DROP and CREATE ${name} in the same migration), or drop it in a later release once the rollback target no longer calls it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-not-null.ts


const banDropNotNull = {
    id: 'ban-drop-not-null',
    severity: 'warning',
    class: 'contract',
    summary: 'Dropping NOT NULL lets the new release write NULLs the previous release does not expect, and makes the column hard to tighten again.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const table = relationKey(node.AlterTableStmt.relation);
        return alterCommands(node)
            .filter((c) => c.subtype === 'AT_DropNotNull' && c.name && !state.isNewColumn(table, c.name))
            .map((c) => ({
            message: `Dropping NOT NULL on "${table}"."${c.name}" lets the new release write NULLs that the previous release does not expect (its types say the value is always set), and once NULLs exist, restoring SET NOT NULL on rollback fails.`,
            help: 'Keep the column NOT NULL and write a sentinel or default value instead, or add a new nullable column and move to it (expand/contract).',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-schema.ts

const banDropSchema = {
    id: 'ban-drop-schema',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a schema deletes every table, view and function in it, which the previous release may still use.',
    kinds: ['DropStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_SCHEMA')
            return [];
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (node.DropStmt.objects ?? [])
            .map(stringValue)
            .filter((schema) => schema !== undefined && !state.isNewSchema(schema))
            .map((schema) => ({
            message: `Dropping schema "${schema}" breaks the previous release: ${cascade ? 'CASCADE deletes every table, view and function in it' : 'it fails unless the schema is empty, and once it succeeds nothing in it can be queried'}, ` +
                'and a rollback cannot bring the data back.',
            help: 'Move or retire the objects one at a time, each in a release after the code stopped using it; drop the empty schema last, without CASCADE.',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-table.ts


const banDropTable = {
    id: 'ban-drop-table',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a table breaks the previous release, which still queries it, and deletes its data.',
    kinds: ['DropStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TABLE')
            return [];
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return dropTargetNames(node)
            .map((parts) => qualifiedName(parts))
            .filter((table) => table && !state.isNewTable(table))
            .map((table) => ({
            message: `Dropping table "${table}" breaks the previous release: every query it still makes on the table fails, ` +
                `and a rollback cannot bring the rows back${cascade ? '; CASCADE also drops the views and foreign keys that depend on it' : ''}.`,
            help: 'Contract in a later release: first ship a release that no longer reads or writes the table, then drop it once that release is the rollback target (check it is empty or archived first).',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-trigger.ts


const banDropTrigger = {
    id: 'ban-drop-trigger',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a trigger removes behaviour the previous release relies on (timestamps, audit rows, derived or synced columns).',
    kinds: ['DropStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_TRIGGER')
            return [];
        // DROP TRIGGER IF EXISTS … ; CREATE TRIGGER … of the same name on the same table is a replace.
        const recreated = new Set(following.flatMap((s) => 'CreateTrigStmt' in s.node && s.node.CreateTrigStmt.trigname
            ? [`${relationKey(s.node.CreateTrigStmt.relation)}:${s.node.CreateTrigStmt.trigname}`]
            : []));
        return dropTargetNames(node)
            .map((parts) => ({ table: qualifiedName(parts.slice(0, -1)), trigger: qualifiedName(parts.slice(-1)) }))
            .filter(({ table, trigger }) => trigger &&
            !state.isNewTrigger(table, trigger) &&
            !state.isNewTable(table) &&
            !recreated.has(`${table}:${trigger}`))
            .map(({ table, trigger }) => ({
            message: `Dropping trigger "${trigger}" on "${table}" breaks the previous release: it still relies on what the trigger does (timestamps, audit rows, derived or synced columns), and rows written without it stay wrong after a rollback.`,
            help: `Replace it in place (CREATE OR REPLACE TRIGGER, or DROP and CREATE "${trigger}" in the same migration), or drop it in a later release once the rollback target no longer depends on it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-view.ts


const ban_drop_view_KINDS = { OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view' };
const banDropView = {
    id: 'ban-drop-view',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a view or materialized view breaks the previous release, which still queries it.',
    kinds: ['DropStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('DropStmt' in node))
            return [];
        const kind = ban_drop_view_KINDS[node.DropStmt.removeType ?? ''];
        if (!kind)
            return [];
        // DROP VIEW then CREATE VIEW of the same name later in the file is a replace (e.g. to remove a column).
        const recreated = new Set(following.map((s) => createdViewName(s.node)).filter((name) => name));
        const cascade = node.DropStmt.behavior === 'DROP_CASCADE';
        return (dropTargetNames(node)
            .map((parts) => qualifiedName(parts))
            // SchemaState records a materialized view as a table (CREATE MATERIALIZED VIEW is a CreateTableAsStmt).
            .filter((name) => name && !state.isNewView(name) && !state.isNewTable(name) && !recreated.has(name))
            .map((name) => ({
            message: `Dropping ${kind} "${name}" breaks the previous release: every query it makes on "${name}" fails, after the migration and after a rollback` +
                `${cascade ? '; CASCADE also drops the views built on it' : ''}.`,
            help: `Redefine it in place (CREATE OR REPLACE VIEW, or DROP and CREATE "${name}" in the same migration), or drop it in a later release once the rollback target no longer queries it.`,
        })));
    },
};
function createdViewName(node) {
    if ('ViewStmt' in node)
        return relationKey(node.ViewStmt.view);
    if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW')
        return relationKey(node.CreateTableAsStmt.into?.rel);
    return '';
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-truncate.ts

const banTruncate = {
    id: 'ban-truncate',
    severity: 'error',
    class: 'contract',
    summary: 'TRUNCATE deletes every row of an existing table (and, with CASCADE, of every table referencing it); no rollback brings them back.',
    kinds: ['TruncateStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('TruncateStmt' in node))
            return [];
        const cascade = node.TruncateStmt.behavior === 'DROP_CASCADE';
        return (node.TruncateStmt.relations ?? [])
            .map((r) => ('RangeVar' in r ? relationKey(r.RangeVar) : ''))
            .filter((table) => table && !state.isNewTable(table))
            .map((table) => ({
            message: `TRUNCATE deletes every row of "${table}"` +
                `${cascade ? ', and CASCADE silently empties every table with a foreign key to it as well' : ''}: ` +
                'the previous release loses that data, a rollback cannot restore it, and the ACCESS EXCLUSIVE lock blocks all reads and writes meanwhile.',
            help: 'Delete only the rows you mean to, in batches with a WHERE clause (after archiving them), and name each table explicitly instead of using CASCADE.',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/drop-add-rename.ts


const dropAddRename = {
    id: 'drop-add-rename',
    severity: 'error',
    class: 'contract',
    summary: 'DROP COLUMN plus ADD COLUMN on the same table in one migration is usually a rename generated by an ORM: the data is lost.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const table = relationKey(node.AlterTableStmt.relation);
        const dropped = alterCommands(node).flatMap((c) => c.subtype === 'AT_DropColumn' && c.name && !state.isNewColumn(table, c.name) ? [c.name] : []);
        if (!dropped.length)
            return [];
        // The dropped column's type is not known without the base schema, so every column added to the table counts.
        const added = [...previous, statement, ...following].flatMap((s) => addedColumns(s, table));
        return dropped.flatMap((old) => {
            const candidates = added.filter((a) => a.name !== old);
            if (!candidates.length)
                return [];
            const names = candidates.map((a) => `"${a.name}"${a.type ? ` (${a.type})` : ''}`).join(', ');
            return [
                {
                    message: `Dropping "${old}" of "${table}" while adding ${names} in the same migration looks like a rename generated as DROP + ADD (Prisma and drizzle-kit do this): every value in "${old}" is deleted, not moved, and the previous release still reads "${old}".`,
                    help: `If it is a rename, keep "${old}": add the new column, copy the data over (UPDATE in batches, or a trigger for new writes), switch the code, and drop "${old}" in a later release.`,
                },
            ];
        });
    },
};
function addedColumns(statement, table) {
    const { node } = statement;
    if (!('AlterTableStmt' in node) || relationKey(node.AlterTableStmt.relation) !== table)
        return [];
    return alterCommands(node).flatMap((c) => {
        const def = c.subtype === 'AT_AddColumn' ? columnDefOf(c) : undefined;
        return def?.colname ? [{ name: def.colname, type: typeNameText(def.typeName) }] : [];
    });
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/enable-rls-without-policy.ts


const enableRlsWithoutPolicy = {
    id: 'enable-rls-without-policy',
    severity: 'error',
    class: 'contract',
    summary: 'Enabling row level security on an existing table with no policy hides every row from every role that is not the owner or BYPASSRLS.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node))
            return [];
        const table = relationKey(node.AlterTableStmt.relation);
        if (!table || state.isNewTable(table))
            return [];
        if (!alterCommands(node).some((c) => c.subtype === 'AT_EnableRowSecurity'))
            return [];
        const hasPolicy = [...previous, ...following].some((s) => 'CreatePolicyStmt' in s.node && relationKey(s.node.CreatePolicyStmt.table) === table);
        if (hasPolicy || state.hasNewPolicy(table))
            return [];
        return [
            {
                message: `Enabling row level security on "${table}" with no CREATE POLICY for it in this migration makes every row invisible to non-owner roles (Supabase's anon and authenticated): the previous release's reads return nothing and its writes fail.`,
                help: `Create the policies for "${table}" in the same migration as ENABLE ROW LEVEL SECURITY (CREATE POLICY … ON ${table} …), so the table is never enabled without them.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-column.ts

const RELATIONS = {
    OBJECT_TABLE: 'table',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'materialized view',
};
const renamingColumn = {
    id: 'renaming-column',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming a column breaks the previous release, which still uses the old name.',
    kinds: ['RenameStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('RenameStmt' in node))
            return [];
        const r = node.RenameStmt;
        const kind = RELATIONS[r.relationType ?? ''];
        if (r.renameType !== 'OBJECT_COLUMN' || !kind || !r.subname || !r.newname)
            return [];
        const relation = relationKey(r.relation);
        if (state.isNewColumn(relation, r.subname) || state.isNewView(relation))
            return [];
        return [
            {
                message: `Renaming column "${r.subname}" of ${kind} "${relation}" to "${r.newname}" breaks the previous release: every query it makes that names "${r.subname}" fails after the migration, and after a rollback.`,
                help: `Expand/contract instead: add "${r.newname}", write both columns (or sync them with a trigger) and backfill, move reads to "${r.newname}", and drop "${r.subname}" in a later release.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-enum-value.ts

const renamingEnumValue = {
    id: 'renaming-enum-value',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming an enum value breaks the previous release, which still writes and filters on the old label.',
    kinds: ['AlterEnumStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('AlterEnumStmt' in node))
            return [];
        const e = node.AlterEnumStmt;
        if (e.oldVal === undefined || e.newVal === undefined)
            return [];
        const type = qualifiedName(e.typeName);
        if (state.isNewType(type))
            return [];
        return [
            {
                message: `Renaming value '${e.oldVal}' of enum "${type}" to '${e.newVal}' breaks the previous release: every query that writes or filters on '${e.oldVal}' fails with "invalid input value for enum", after the migration and after a rollback.`,
                help: `Add the new label instead (ALTER TYPE ${type} ADD VALUE IF NOT EXISTS '${e.newVal}'), migrate rows and code to it, and stop writing '${e.oldVal}'; enum values cannot be dropped, so never rename one in place.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/renaming-table.ts

const renamingTable = {
    id: 'renaming-table',
    severity: 'error',
    class: 'contract',
    summary: 'Renaming a table breaks the previous release, which still queries the old name (unless a view keeps it).',
    kinds: ['RenameStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('RenameStmt' in node))
            return [];
        const r = node.RenameStmt;
        if (r.renameType !== 'OBJECT_TABLE' || !r.newname)
            return [];
        const table = relationKey(r.relation);
        if (!table || state.isNewTable(table))
            return [];
        // A view under the old name keeps the previous release's queries (and simple writes) working.
        if ([...previous, ...following].some((s) => createsViewNamed(s, table)))
            return [];
        return [
            {
                message: `Renaming table "${table}" to "${r.newname}" breaks the previous release: every query it makes on "${table}" fails after the migration, and after a rollback.`,
                help: `Keep the old name working in the same migration: CREATE VIEW ${table} AS SELECT * FROM ${r.newname}; (a simple view is updatable), and drop the view in a later release.`,
            },
        ];
    },
};
function createsViewNamed(statement, key) {
    return 'ViewStmt' in statement.node && relationKey(statement.node.ViewStmt.view) === key;
}

;// CONCATENATED MODULE: ./src/gates/migrations/rules/unbounded-data-change.ts

const unboundedDataChange = {
    id: 'unbounded-data-change',
    severity: 'error',
    class: 'contract',
    summary: 'DELETE or UPDATE without WHERE on an existing table changes every row: data a rollback cannot restore, under a lock on every row.',
    kinds: ['DeleteStmt', 'UpdateStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if ('DeleteStmt' in node) {
            const table = relationKey(node.DeleteStmt.relation);
            if (node.DeleteStmt.whereClause || !table || state.isNewTable(table))
                return [];
            return [
                {
                    message: `DELETE without WHERE removes every row of "${table}": the previous release loses that data, and a rollback cannot bring it back.`,
                    help: 'Delete only the rows you mean to, with a WHERE clause and in batches, after archiving them (or keep the rows and filter them out in code).',
                },
            ];
        }
        if ('UpdateStmt' in node) {
            const u = node.UpdateStmt;
            const table = relationKey(u.relation);
            if (u.whereClause || !table || state.isNewTable(table))
                return [];
            const columns = (u.targetList ?? []).flatMap((t) => 'ResTarget' in t && t.ResTarget.name ? [t.ResTarget.name] : []);
            const overwrites = columns.filter((c) => !state.isNewColumn(table, c));
            const list = columns.map((c) => `"${c}"`).join(', ');
            return [
                {
                    // The schema contract does not change, so the class is left to the data: unknown.
                    class: 'unknown',
                    message: `UPDATE without WHERE rewrites every row of "${table}" (${list}) in one transaction, locking each row against writes until it commits` +
                        `${overwrites.length ? ` and overwriting values of ${overwrites.map((c) => `"${c}"`).join(', ')} that a rollback cannot restore` : ''}.`,
                    help: 'Backfill in a separate migration or job, in batches of a few thousand rows keyed by primary key (UPDATE … WHERE id BETWEEN …), each committed on its own.',
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-primary-key.ts

const HELP = 'Make the columns NOT NULL safely first (CHECK … NOT VALID, VALIDATE, SET NOT NULL), run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … PRIMARY KEY USING INDEX.';
const addingPrimaryKey = {
    id: 'adding-primary-key',
    severity: 'error',
    class: 'expand',
    summary: 'ADD PRIMARY KEY builds its index and checks NOT NULL under an ACCESS EXCLUSIVE lock, and fails on duplicates or NULLs.',
    check({ statement, state }) {
        return indexBuildsOnExistingTable(statement.node, state, 'CONSTR_PRIMARY').map((build) => build.via === 'constraint'
            ? {
                message: `Adding a primary key on ${build.columns || 'columns'} of existing table "${build.table}" builds its unique index and sets the columns NOT NULL under an ACCESS EXCLUSIVE lock: no reads or writes until the build and scan finish, and it fails on duplicates or NULLs.`,
                help: HELP,
            }
            : {
                message: `Adding column "${build.column}" as the PRIMARY KEY of existing table "${build.table}" fills and indexes every row under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
                help: `Add "${build.column}" as a plain column, backfill it in batches, then follow the safe sequence: ${HELP}`,
            });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-required-field.ts


/** Identity, generated and serial columns are filled by Postgres, so existing rows and old INSERTs get a value. */
function fillsItself(def) {
    if (isSerialType(def.typeName))
        return true;
    return columnConstraints(def).some((c) => c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED');
}
function isRequired(def) {
    const required = columnConstraints(def).some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
    return required && !columnDefault(def) && !fillsItself(def);
}
const addingRequiredField = {
    id: 'adding-required-field',
    severity: 'error',
    class: 'contract',
    summary: 'ADD COLUMN … NOT NULL without a DEFAULT fails on existing rows, and the previous release’s INSERTs that omit the column fail.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = relationKey(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return alterCommands(statement.node)
            .filter((c) => c.subtype === 'AT_AddColumn')
            .flatMap((c) => {
            const def = columnDefOf(c);
            return def?.colname && isRequired(def) ? [def.colname] : [];
        })
            .map((column) => ({
            message: `Adding required column "${column}" to existing table "${table}" without a DEFAULT fails as soon as the table has a row, and the previous release's INSERTs, which do not name "${column}", fail with a NOT NULL violation.`,
            help: 'Add the column as nullable (or with a constant DEFAULT), backfill it, and tighten it to NOT NULL in a later release once the previous release no longer inserts rows without it.',
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-table-rewriting-column.ts


/** What makes Postgres fill the new column row by row, or undefined when it does not. */
function rewriteCause(def) {
    if (isSerialType(def.typeName))
        return `of type ${typeNameText(def.typeName)} (a sequence default)`;
    for (const c of columnConstraints(def)) {
        if (c.contype === 'CONSTR_IDENTITY')
            return 'as an identity column';
        // Postgres 18 VIRTUAL generated columns are computed on read: no rewrite.
        if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 's')
            return 'as a STORED generated column';
    }
    return undefined;
}
const addingTableRewritingColumn = {
    id: 'adding-table-rewriting-column',
    severity: 'error',
    class: 'expand',
    summary: 'ADD COLUMN of a serial, identity or STORED generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    kinds: ['AlterTableStmt'],
    check({ statement, state }) {
        if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = relationKey(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return alterCommands(statement.node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
            const cause = def && rewriteCause(def);
            if (!def?.colname || !cause)
                return [];
            return [
                {
                    message: `Adding column "${def.colname}" ${cause} to existing table "${table}" computes a value for every existing row, rewriting the whole table and its indexes under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes.`,
                    help: `Add "${def.colname}" as a plain nullable column, fill new rows with a trigger or a SET DEFAULT, and backfill existing rows in batches; for an id on a big table, consider a new table.`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/adding-volatile-default.ts


/**
 * Built-in and extension functions that are VOLATILE, matched on the unqualified name (Supabase installs
 * extensions in the `extensions` schema). now(), CURRENT_TIMESTAMP, auth.uid() and friends are STABLE.
 */
const VOLATILE = new Set([
    'random',
    'random_normal',
    'gen_random_uuid',
    'uuidv4',
    'uuidv7',
    'uuid_generate_v1',
    'uuid_generate_v1mc',
    'uuid_generate_v4',
    'gen_random_bytes',
    'gen_salt',
    'clock_timestamp',
    'timeofday',
    'nextval',
    'setval',
    'currval',
    'lastval',
    'txid_current',
    'pg_current_xact_id',
]);
/** Volatility of a function created earlier in this file (VOLATILE unless it says otherwise). */
function volatileInFile(name, previous) {
    const created = previous.flatMap((s) => 'CreateFunctionStmt' in s.node && qualifiedName(s.node.CreateFunctionStmt.funcname) === name
        ? [s.node.CreateFunctionStmt]
        : []);
    const last = created[created.length - 1];
    if (!last)
        return false;
    const option = (last.options ?? []).find((o) => 'DefElem' in o && o.DefElem.defname === 'volatility');
    const value = option && 'DefElem' in option ? stringValue(option.DefElem.arg) : undefined;
    return value === undefined || value === 'volatile';
}
/** The first volatile function the default calls, e.g. `gen_random_uuid()`. */
function volatileCall(expr, previous) {
    for (const call of findNodes(expr, 'FuncCall')) {
        const name = qualifiedName(call.funcname);
        const base = name.slice(name.lastIndexOf('.') + 1);
        if (VOLATILE.has(base) || volatileInFile(name, previous))
            return `${name}()`;
    }
    return undefined;
}
const addingVolatileDefault = {
    id: 'adding-volatile-default',
    severity: 'error',
    class: 'expand',
    summary: 'ADD COLUMN with a volatile DEFAULT (or any DEFAULT before Postgres 11) rewrites the whole table under an ACCESS EXCLUSIVE lock.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, pgVersion }) {
        if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = relationKey(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        return alterCommands(statement.node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AddColumn' ? columnDefOf(cmd) : undefined;
            const expr = def && columnDefault(def);
            if (!def?.colname || !expr)
                return [];
            const lock = `rewrites every row of existing table "${table}" under an ACCESS EXCLUSIVE lock`;
            const wait = 'no reads or writes until the rewrite finishes';
            const call = volatileCall(expr, previous);
            if (call) {
                return [
                    {
                        message: `Adding column "${def.colname}" with the volatile default ${call} ${lock}, because Postgres must compute a value for each existing row: ${wait}.`,
                        help: `Add "${def.colname}" without a default, then ALTER COLUMN … SET DEFAULT ${call} (new rows only), and backfill existing rows in batches.`,
                    },
                ];
            }
            if (pgVersion >= 11)
                return [];
            return [
                {
                    message: `On Postgres ${pgVersion}, adding column "${def.colname}" with a DEFAULT ${lock} (only Postgres 11+ stores a constant default without touching the rows): ${wait}.`,
                    help: `Add "${def.colname}" without a default, then SET DEFAULT in a second statement and backfill existing rows in batches; or raise migrations.pg-version if production runs 11+.`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-concurrent-index-in-transaction.ts


function concurrentOperation(node) {
    if ('IndexStmt' in node && node.IndexStmt.concurrent)
        return 'CREATE INDEX CONCURRENTLY';
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_INDEX' && node.DropStmt.concurrent)
        return 'DROP INDEX CONCURRENTLY';
    if (isConcurrentReindex(node))
        return 'REINDEX CONCURRENTLY';
    return undefined;
}
/** Why this statement runs in a transaction, naming the runner. */
function why({ statement, file, transactionModel, previous, following }) {
    const runner = layoutById(file.layout).name;
    if (statement.inExplicitTransaction)
        return 'the file wraps it in its own BEGIN … COMMIT';
    switch (transactionModel) {
        case 'implicit':
            return `${runner} sends the file as one query, and Postgres runs a query of ${previous.length + following.length + 1} statements as one implicit transaction`;
        case 'flyway':
            return 'Flyway runs this file in a transaction because it also holds statements that can run in one';
        default:
            if (['supabase', 'prisma', 'drizzle'].includes(file.layout))
                return `${runner} runs each migration file in a transaction`;
            if (file.layout === 'dbmate')
                return 'dbmate runs each migration in a transaction unless it is marked transaction:false';
            return 'migrations.transaction is per-file, so each migration file runs in a transaction';
    }
}
const ban_concurrent_index_in_transaction_HELP = {
    supabase: 'Supabase cannot run a migration file outside a transaction: run this statement by hand (psql) outside the migration, or use the plain form and accept the write lock if the table is small.',
    prisma: 'Prisma Migrate runs migration files in a transaction: run this statement by hand (psql) and record its migration with `prisma migrate resolve --applied <name>`, or use the plain form and accept the write lock if the table is small.',
    drizzle: 'drizzle-kit migrate runs migrations in a transaction: run this statement by hand (psql) outside Drizzle, or use the plain form and accept the write lock if the table is small.',
    dbmate: 'Move it to a migration of its own whose first line is `-- migrate:up transaction:false`.',
    'golang-migrate': 'Move it alone into a migration file of its own: a single-statement file runs outside any transaction.',
    flyway: 'Move it into a migration file of its own that holds only non-transactional statements: Flyway then runs that file without a transaction.',
};
const banConcurrentIndexInTransaction = {
    id: 'ban-concurrent-index-in-transaction',
    severity: 'error',
    class: 'unknown',
    summary: 'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY fail inside a transaction block, so the deploy stops at this migration.',
    check(ctx) {
        const operation = concurrentOperation(ctx.statement.node);
        if (!operation || !ctx.inTransaction)
            return [];
        const help = ctx.statement.inExplicitTransaction
            ? `Move it out of the BEGIN … COMMIT block into a migration of its own. ${ban_concurrent_index_in_transaction_HELP[ctx.file.layout] ?? ''}`.trim()
            : (ban_concurrent_index_in_transaction_HELP[ctx.file.layout] ?? 'Run it in a migration of its own, outside any transaction.');
        return [
            {
                message: `${operation} cannot run inside a transaction block, but ${why(ctx)}: Postgres rejects it and the deploy fails at this migration.`,
                help,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/changing-column-type.ts


/**
 * Targets that only widen what a column of the same family already holds, so Postgres changes the
 * catalog without a rewrite: varchar(n) → varchar / text, numeric(p,s) → numeric, cidr → inet,
 * bit varying(n) → bit varying. (The column's current type is not in the migration.)
 */
function isUnboundedWidening(target, mods) {
    if (target === 'text' || target === 'inet')
        return true;
    return BOUNDED.has(target) && mods.length === 0;
}
/** Bounded targets: metadata-only when they widen the current type, a rewrite that can fail when they narrow it. */
const BOUNDED = new Set(['varchar', 'numeric', 'varbit']);
/** `USING "col"` or `USING "col"::target` changes nothing Postgres would not do by itself. */
function trivialUsing(using, column) {
    if (!using)
        return true;
    const expr = 'TypeCast' in using ? using.TypeCast.arg : using;
    const fields = expr && 'ColumnRef' in expr ? (expr.ColumnRef.fields ?? []) : [];
    return fields.length > 0 && stringValue(fields[fields.length - 1]) === column;
}
const UTC_NAMES = new Set([
    'utc',
    'gmt',
    'uct',
    'zulu',
    'universal',
    'etc/utc',
    'etc/gmt',
    'etc/uct',
    'etc/universal',
    'etc/zulu',
    '0',
    '+00',
    '+00:00',
]);
/** The value of `SET timezone = 'UTC'` / `SET TIME ZONE 'UTC'`, as the engine kept its text. */
function isUtc(setting) {
    const value = setting?.match(/(?:=|\bto\b|\bzone\b)\s*(.+?)\s*$/i)?.[1];
    return !!value && UTC_NAMES.has(value.replace(/^['"]|['"]$/g, '').toLowerCase());
}
const FRIENDLY = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    float4: 'real',
    float8: 'double precision',
    bool: 'boolean',
};
function assess(ctx, table, column, def) {
    const target = typeBaseName(def.typeName);
    const mods = typeModifiers(def.typeName);
    const array = !!def.typeName?.arrayBounds?.length;
    const text = typeNameText(def.typeName).replace(/^(int2|int4|int8|float4|float8|bool)\b/, (n) => FRIENDLY[n] ?? n);
    const where = `column "${column}" of existing table "${table}"`;
    if (!trivialUsing(def.raw_default, column)) {
        return {
            message: `Changing the type of ${where} to ${text} with a USING expression rewrites the whole table under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
            help: `Add a new ${text} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
        };
    }
    if (!array && isUnboundedWidening(target, mods))
        return undefined;
    if (!array && target === 'timestamptz') {
        if (ctx.pgVersion >= 12 && isUtc(ctx.settings.get('timezone')))
            return undefined;
        return {
            message: `Changing ${where} to ${text} rewrites the whole table under an ACCESS EXCLUSIVE lock unless it converts timestamp to timestamptz with the session TimeZone set to UTC on Postgres 12+; existing values are reinterpreted in the session time zone.`,
            help: "If the column is timestamp and holds UTC, run SET timezone = 'UTC' earlier in this migration (Postgres 12+ then skips the rewrite); otherwise add a new column and backfill it in batches.",
            class: 'unknown',
        };
    }
    if (!array && BOUNDED.has(target)) {
        const widening = target === 'numeric' ? `numeric(p,${mods[1] ?? 0}) with a smaller p` : `shorter ${target}`;
        return {
            message: `Changing ${where} to ${text}: if this narrows the current type or changes its family (text → ${text}), Postgres rewrites the whole table under an ACCESS EXCLUSIVE lock and fails on values that no longer fit, which the previous release keeps writing; only widening a ${widening} is metadata-only.`,
            help: `If the current type is a ${widening}, this only widens: say so in an ignore comment. To narrow, enforce the limit with a CHECK constraint NOT VALID, VALIDATE it in a later migration, and keep the check instead of changing the type.`,
            class: 'unknown',
        };
    }
    return {
        message: `Changing the type of ${where} to ${text} rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock (no reads or writes until it finishes), and the previous release reads and writes the old type.`,
        help: `Add a new ${text} column, dual-write and backfill it in batches, switch reads in a release, and drop the old column once the previous release no longer uses it.`,
    };
}
const changingColumnType = {
    id: 'changing-column-type',
    severity: 'error',
    class: 'contract',
    summary: 'ALTER COLUMN … TYPE rewrites the table under an ACCESS EXCLUSIVE lock, and the previous release may not handle the new type.',
    kinds: ['AlterTableStmt'],
    check(ctx) {
        const { node } = ctx.statement;
        if (!isTableAlter(node) || !('AlterTableStmt' in node))
            return [];
        const table = relationKey(node.AlterTableStmt.relation);
        return alterCommands(node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AlterColumnType' ? columnDefOf(cmd) : undefined;
            if (!def || !cmd.name || ctx.state.isNewColumn(table, cmd.name))
                return [];
            const hit = assess(ctx, table, cmd.name, def);
            return hit ? [hit] : [];
        });
    },
};

// EXTERNAL MODULE: ./src/gates/migrations/pg-wasm.ts
var pg_wasm = __nccwpck_require__(516);
;// CONCATENATED MODULE: ./src/gates/migrations/rules/constraint-missing-not-valid.ts



const isScanned = (c) => (c?.contype === 'CONSTR_FOREIGN' || c?.contype === 'CONSTR_CHECK') && !c.skip_validation;
function scanHit(table, c, inline) {
    const name = c.conname ? ` "${c.conname}"` : '';
    const what = inline
        ? `column "${inline}" with an inline ${c.contype === 'CONSTR_FOREIGN' ? 'REFERENCES' : 'CHECK'}`
        : `constraint${name}`;
    const fix = inline
        ? `Add "${inline}" without the constraint, then ADD CONSTRAINT … NOT VALID, and VALIDATE CONSTRAINT in a later migration.`
        : 'Add it with NOT VALID (checked for new writes at once, instantly), then VALIDATE CONSTRAINT in a later migration: validation only blocks schema changes.';
    if (c.contype === 'CONSTR_FOREIGN') {
        const parent = relationKey(c.pktable);
        return {
            message: `Adding ${what} to existing table "${table}" checks every row against "${parent}" while holding locks that block writes to both "${table}" and "${parent}" until the scan finishes.`,
            help: fix,
        };
    }
    return {
        message: `Adding ${what} to existing table "${table}" scans every row while holding an ACCESS EXCLUSIVE lock: reads and writes of "${table}" wait until the scan finishes.`,
        help: fix,
    };
}
/** Statements that ran earlier in the same transaction as this one. */
function sameTransaction({ statement, previous }) {
    if (!statement.inExplicitTransaction)
        return previous;
    const begin = previous.findLastIndex((s) => s.kind === 'TransactionStmt');
    return previous.slice(begin + 1);
}
/** Names of constraints added NOT VALID to `table` earlier in the transaction. */
function addedNotValid(statements, table) {
    const names = statements
        .filter((s) => 'AlterTableStmt' in s.node && relationKey(s.node.AlterTableStmt.relation) === table)
        .flatMap((s) => alterCommands(s.node).map((c) => constraintOf(c.def)))
        .flatMap((c) => (c?.skip_validation && c.conname ? [c.conname] : []));
    return new Set(names);
}
/**
 * The statements of a `DO $$ BEGIN … [EXCEPTION …] END $$` block: Drizzle wraps its foreign keys in one
 * to ignore duplicate_object. Anything more complex than a flat list of statements is left alone.
 */
function doBlockStatements(node) {
    if (!('DoStmt' in node))
        return [];
    const options = (node.DoStmt.args ?? []).flatMap((a) => ('DefElem' in a ? [a.DefElem] : []));
    const language = options.find((o) => o.defname === 'language')?.arg;
    if (language && 'String' in language && language.String.sval !== 'plpgsql')
        return [];
    const body = options.find((o) => o.defname === 'as')?.arg;
    const inner = body && 'String' in body
        ? /^\s*BEGIN\b([\s\S]*?)(?:\bEXCEPTION\b[\s\S]*)?\bEND\s*;?\s*$/i.exec(body.String.sval ?? '')?.[1]
        : undefined;
    if (!inner)
        return [];
    try {
        return ((0,pg_wasm/* parseSql */.eg)(inner).stmts ?? []).flatMap((s) => (s.stmt ? [s.stmt] : []));
    }
    catch {
        return [];
    }
}
function checkAlter(ctx, node) {
    if (!isTableAlter(node) || !('AlterTableStmt' in node))
        return [];
    const table = relationKey(node.AlterTableStmt.relation);
    if (ctx.state.isNewTable(table))
        return [];
    const cmds = alterCommands(node);
    // Only a VALIDATE needs the NOT VALID constraints added earlier in its transaction (a backward scan).
    const notValid = ctx.inTransaction && cmds.some((c) => c.subtype === 'AT_ValidateConstraint')
        ? addedNotValid([...sameTransaction(ctx), ctx.statement], table)
        : new Set();
    return cmds.flatMap((cmd) => {
        if (cmd.subtype === 'AT_AddConstraint') {
            const c = constraintOf(cmd.def);
            return isScanned(c) ? [scanHit(table, c)] : [];
        }
        if (cmd.subtype === 'AT_AddColumn') {
            const def = columnDefOf(cmd);
            return def
                ? columnConstraints(def)
                    .filter(isScanned)
                    .map((c) => scanHit(table, c, def.colname))
                : [];
        }
        if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name && notValid.has(cmd.name)) {
            return [
                {
                    message: `VALIDATE CONSTRAINT "${cmd.name}" runs in the same transaction that added it NOT VALID, so the lock taken by the ADD is held for the whole validation scan of "${table}": NOT VALID buys nothing.`,
                    help: 'Move VALIDATE CONSTRAINT to a later migration (its own transaction): alone it takes a SHARE UPDATE EXCLUSIVE lock that lets reads and writes continue.',
                },
            ];
        }
        return [];
    });
}
const constraintMissingNotValid = {
    id: 'constraint-missing-not-valid',
    severity: 'error',
    class: 'expand',
    summary: 'Adding a FOREIGN KEY or CHECK constraint without NOT VALID scans the whole table under a lock that blocks writes.',
    check(ctx) {
        const { node } = ctx.statement;
        return [node, ...doBlockStatements(node)].flatMap((n) => checkAlter(ctx, n));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/disallowed-unique-constraint.ts

const disallowedUniqueConstraint = {
    id: 'disallowed-unique-constraint',
    severity: 'error',
    class: 'expand',
    summary: 'ADD CONSTRAINT … UNIQUE builds its index under an ACCESS EXCLUSIVE lock and fails on existing duplicates.',
    check({ statement, state }) {
        return indexBuildsOnExistingTable(statement.node, state, 'CONSTR_UNIQUE').map((build) => build.via === 'constraint'
            ? {
                message: `Adding UNIQUE constraint${build.constraint.conname ? ` "${build.constraint.conname}"` : ''} on ${build.columns || 'columns'} of existing table "${build.table}" builds its index under an ACCESS EXCLUSIVE lock (no reads or writes until the build finishes), and fails if existing rows hold duplicates.`,
                help: 'Run CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … UNIQUE USING INDEX, which is instant.',
            }
            : {
                message: `Adding column "${build.column}" with an inline UNIQUE to existing table "${build.table}" builds a unique index over every row under an ACCESS EXCLUSIVE lock: no reads or writes until the build finishes.`,
                help: `Add "${build.column}" without UNIQUE, then CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own and ADD CONSTRAINT … UNIQUE USING INDEX.`,
            });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-concurrent-index-deletion.ts


const requireConcurrentIndexDeletion = {
    id: 'require-concurrent-index-deletion',
    severity: 'error',
    class: 'expand',
    summary: 'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index’s table, blocking its reads and writes.',
    kinds: ['DropStmt'],
    check({ statement, state }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX' || node.DropStmt.concurrent)
            return [];
        const existing = dropTargetNames(node)
            .map((parts) => qualifiedName(parts))
            .filter((name) => name && !state.isNewIndex(name));
        if (!existing.length)
            return [];
        const names = existing.map((n) => `"${n}"`).join(', ');
        return [
            {
                message: `Dropping index ${names} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: every read and write of the table waits, and the lock itself queues behind running queries.`,
                help: existing.length > 1 || node.DropStmt.behavior === 'DROP_CASCADE'
                    ? 'Use DROP INDEX CONCURRENTLY IF EXISTS, one index per statement and without CASCADE, in a migration that runs outside a transaction.'
                    : 'Use DROP INDEX CONCURRENTLY IF EXISTS in a migration of its own that runs outside a transaction.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-concurrent-reindex.ts


const WHAT = {
    REINDEX_OBJECT_INDEX: 'index',
    REINDEX_OBJECT_TABLE: 'table',
    REINDEX_OBJECT_SCHEMA: 'schema',
    REINDEX_OBJECT_SYSTEM: 'system catalogs',
    REINDEX_OBJECT_DATABASE: 'database',
};
const requireConcurrentReindex = {
    id: 'require-concurrent-reindex',
    severity: 'error',
    class: 'expand',
    summary: 'REINDEX without CONCURRENTLY blocks writes to the table, and reads through the index, until the rebuild finishes.',
    kinds: ['ReindexStmt'],
    check({ statement, state, pgVersion }) {
        const { node } = statement;
        if (!('ReindexStmt' in node) || isConcurrentReindex(node))
            return [];
        const reindex = node.ReindexStmt;
        const kind = reindex.kind ?? 'REINDEX_OBJECT_INDEX';
        const name = reindex.relation ? relationKey(reindex.relation) : (reindex.name ?? '');
        if (kind === 'REINDEX_OBJECT_TABLE' && state.isNewTable(name))
            return [];
        if (kind === 'REINDEX_OBJECT_INDEX' && state.isNewIndex(name))
            return [];
        const target = `${WHAT[kind] ?? 'object'}${name ? ` "${name}"` : ''}`;
        return [
            {
                message: `REINDEX of ${target} without CONCURRENTLY blocks every write to the table(s) and every read that uses the index being rebuilt, for the whole rebuild.`,
                help: pgVersion >= 12
                    ? 'Use REINDEX … CONCURRENTLY (Postgres 12+) in a migration of its own that runs outside a transaction.'
                    : `Postgres ${pgVersion} has no REINDEX CONCURRENTLY: build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one and rename the new one.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-if-not-exists.ts


const SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt', 'TransactionStmt']);
/** More than one statement that changes something: a failure part-way leaves the earlier ones applied. */
function canStopHalfWay({ previous, following }) {
    return [...previous, ...following].some((s) => !SESSION_ONLY.has(s.kind));
}
const RERUN = 'it runs outside a transaction, so if the migration fails after it, re-running the file fails here with "already exists"';
const requireIfNotExists = {
    id: 'require-if-not-exists',
    severity: 'warning',
    class: 'expand',
    summary: 'Outside a transaction a migration can be half-applied; IF NOT EXISTS lets it be re-run.',
    check(ctx) {
        if (ctx.inTransaction)
            return [];
        const { node } = ctx.statement;
        if ('IndexStmt' in node) {
            const index = node.IndexStmt;
            if (index.if_not_exists || (!index.concurrent && !canStopHalfWay(ctx)))
                return [];
            const table = relationKey(index.relation);
            const kind = index.concurrent ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX';
            if (!index.idxname) {
                return [
                    {
                        message: `${kind} on "${table}" has no name, so it cannot say IF NOT EXISTS: ${index.concurrent ? 'after a failed build' : 'when the migration is re-run after a failure'} a re-run builds a second copy of the index.`,
                        help: `Name the index and write ${kind} IF NOT EXISTS <name>.`,
                    },
                ];
            }
            return [
                {
                    message: index.concurrent
                        ? `CREATE INDEX CONCURRENTLY "${index.idxname}" on "${table}" has no IF NOT EXISTS: a build that fails or is cancelled leaves an INVALID index behind, and re-running the migration then fails with "already exists".`
                        : `CREATE INDEX "${index.idxname}" on "${table}" has no IF NOT EXISTS: ${RERUN}.`,
                    help: index.concurrent
                        ? 'Write CREATE INDEX CONCURRENTLY IF NOT EXISTS (and after a failed build, DROP INDEX CONCURRENTLY IF EXISTS the invalid index before re-running).'
                        : 'Write CREATE INDEX IF NOT EXISTS so a re-run skips what already exists.',
                },
            ];
        }
        if (!canStopHalfWay(ctx))
            return [];
        if ('CreateStmt' in node) {
            if (node.CreateStmt.if_not_exists)
                return [];
            return [
                {
                    message: `CREATE TABLE "${relationKey(node.CreateStmt.relation)}" has no IF NOT EXISTS: ${RERUN}.`,
                    help: 'Write CREATE TABLE IF NOT EXISTS, or run the file in a transaction.',
                },
            ];
        }
        if (!isTableAlter(node) || !('AlterTableStmt' in node))
            return [];
        const table = relationKey(node.AlterTableStmt.relation);
        return alterCommands(node).flatMap((cmd) => {
            const def = cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok ? columnDefOf(cmd) : undefined;
            if (!def?.colname)
                return [];
            return [
                {
                    message: `ADD COLUMN "${def.colname}" to "${table}" has no IF NOT EXISTS: ${RERUN}.`,
                    help: 'Write ADD COLUMN IF NOT EXISTS, or run the file in a transaction.',
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/require-lock-timeout.ts


/** ALTER TABLE sub-commands that take a weaker lock than ACCESS EXCLUSIVE. */
const WEAK_ALTER = new Set([
    'AT_ValidateConstraint',
    'AT_SetStatistics',
    'AT_SetOptions',
    'AT_ResetOptions',
    'AT_SetRelOptions',
    'AT_ResetRelOptions',
    'AT_ClusterOn',
    'AT_DropCluster',
    'AT_AttachPartition',
    'AT_EnableTrig',
    'AT_EnableAlwaysTrig',
    'AT_EnableReplicaTrig',
    'AT_DisableTrig',
    'AT_EnableTrigAll',
    'AT_DisableTrigAll',
    'AT_EnableTrigUser',
    'AT_DisableTrigUser',
]);
function takesAccessExclusive(node) {
    return alterCommands(node).some((c) => {
        if (c.subtype === 'AT_AddConstraint')
            return constraintOf(c.def)?.contype !== 'CONSTR_FOREIGN'; // FKs take SHARE ROW EXCLUSIVE
        if (c.subtype === 'AT_DetachPartition')
            return !c.def || !('PartitionCmd' in c.def) || !c.def.PartitionCmd.concurrent;
        return !WEAK_ALTER.has(c.subtype ?? '');
    });
}
/** The existing table a statement locks ACCESS EXCLUSIVE, or undefined. */
function accessExclusiveTarget(node, state) {
    const existing = (tables) => tables.find((t) => t && !state.isNewTable(t));
    if (isTableAlter(node) && 'AlterTableStmt' in node) {
        return takesAccessExclusive(node) ? existing([relationKey(node.AlterTableStmt.relation)]) : undefined;
    }
    if ('DropStmt' in node) {
        const names = dropTargetNames(node).map((parts) => qualifiedName(parts));
        if (node.DropStmt.removeType === 'OBJECT_TABLE')
            return existing(names);
        if (node.DropStmt.removeType === 'OBJECT_INDEX' && !node.DropStmt.concurrent) {
            const index = names.find((n) => n && !state.isNewIndex(n));
            return index ? `the table of index "${index}"` : undefined;
        }
        return undefined;
    }
    if ('TruncateStmt' in node) {
        return existing((node.TruncateStmt.relations ?? []).map((r) => ('RangeVar' in r ? relationKey(r.RangeVar) : '')));
    }
    if ('RenameStmt' in node &&
        ['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT'].includes(node.RenameStmt.renameType ?? '')) {
        return existing([relationKey(node.RenameStmt.relation)]);
    }
    if ('ClusterStmt' in node)
        return existing([relationKey(node.ClusterStmt.relation)]);
    if ('VacuumStmt' in node &&
        (node.VacuumStmt.options ?? []).some((o) => 'DefElem' in o && o.DefElem.defname === 'full')) {
        return existing((node.VacuumStmt.rels ?? []).map((r) => 'VacuumRelation' in r ? relationKey(r.VacuumRelation.relation) : ''));
    }
    return undefined;
}
/** `SET lock_timeout = 0` turns the timeout off. */
function isEnabled(setting) {
    const value = setting?.match(/(?:=|\bto\b)\s*(.+?)\s*$/i)?.[1]?.replace(/^['"]|['"]$/g, '');
    return !!value && !/^0+\s*(us|ms|s|min|h|d)?$/i.test(value);
}
/** `SELECT set_config('lock_timeout', '2s', …)`, the function form of SET. */
const SET_CONFIG = /\bset_config\s*\(\s*'lock_timeout'\s*,\s*'(?!0+\s*(?:us|ms|s|min|h|d)?')/i;
const requireLockTimeout = {
    id: 'require-lock-timeout',
    severity: 'warning',
    class: 'unknown',
    summary: 'A statement that takes an ACCESS EXCLUSIVE lock with no lock_timeout can queue every query on the table behind it.',
    check({ statement, state, previous, settings }) {
        if (isEnabled(settings.get('lock_timeout')))
            return [];
        const target = accessExclusiveTarget(statement.node, state);
        if (!target)
            return [];
        // Once per file: the first such statement is where SET lock_timeout belongs. Checked after the
        // cheap test above, so a long file is not scanned backwards for every statement.
        if (previous.some((s) => SET_CONFIG.test(s.text) || accessExclusiveTarget(s.node, state)))
            return [];
        const table = target.startsWith('the table') ? target : `existing table "${target}"`;
        return [
            {
                message: `This statement takes an ACCESS EXCLUSIVE lock on ${table} and no lock_timeout is set earlier in the file: while it waits behind a long-running query, every read and write of the table queues behind it, which looks like an outage.`,
                help: "Start the migration with SET lock_timeout = '2s' (SET LOCAL inside a transaction) so it gives up instead of stalling traffic, and retry the deploy when it times out.",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/setting-not-null.ts


/** ALTER TABLE sub-commands on `table` in the statements before this one. */
function earlierCommands(previous, table) {
    return previous.flatMap((s) => isTableAlter(s.node) &&
        'AlterTableStmt' in s.node &&
        relationKey(s.node.AlterTableStmt.relation) === table
        ? alterCommands(s.node)
        : []);
}
/** `CHECK (column IS NOT NULL)`. */
function checksNotNull(c, column) {
    const test = c?.contype === 'CONSTR_CHECK' && c.raw_expr && 'NullTest' in c.raw_expr ? c.raw_expr.NullTest : undefined;
    const ref = test?.arg && 'ColumnRef' in test.arg ? test.arg.ColumnRef.fields : undefined;
    return test?.nulltesttype === 'IS_NOT_NULL' && stringValue(ref?.[ref.length - 1]) === column;
}
/**
 * A validated `CHECK (column IS NOT NULL)` earlier in the file: added without NOT VALID, or validated by
 * VALIDATE CONSTRAINT. A VALIDATE of a constraint added by an earlier migration counts when its name mentions the column.
 */
function hasValidatedCheck(cmds, column) {
    const checks = cmds.map((c) => constraintOf(c.def)).filter((c) => checksNotNull(c, column));
    if (checks.some((c) => !c.skip_validation))
        return true;
    const added = new Set(cmds.flatMap((c) => constraintOf(c.def)?.conname ?? []));
    const notValid = new Set(checks.flatMap((c) => c.conname ?? []));
    return cmds.some((c) => c.subtype === 'AT_ValidateConstraint' &&
        !!c.name &&
        (notValid.has(c.name) || (!added.has(c.name) && c.name.includes(column))));
}
function hasDefault(cmds, column) {
    return cmds.some((c) => {
        if (c.subtype === 'AT_ColumnDefault')
            return c.name === column && !!c.def;
        const def = c.subtype === 'AT_AddColumn' ? columnDefOf(c) : undefined;
        return def?.colname === column && !!columnDefault(def);
    });
}
const setting_not_null_HELP = 'Once the previous release never writes NULL: add CHECK ("col" IS NOT NULL) NOT VALID in one migration; in a later one, VALIDATE CONSTRAINT it, then SET NOT NULL (Postgres 12+ skips the scan thanks to the validated check) and drop the check.';
const settingNotNull = {
    id: 'setting-not-null',
    severity: 'error',
    class: 'contract',
    summary: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, and the previous release’s writes of NULL start failing.',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, pgVersion }) {
        if (!isTableAlter(statement.node) || !('AlterTableStmt' in statement.node))
            return [];
        const table = relationKey(statement.node.AlterTableStmt.relation);
        if (state.isNewTable(table))
            return [];
        const cmds = alterCommands(statement.node);
        // Only SET NOT NULL matters; look back through the file only then (a long file would go quadratic).
        if (!cmds.some((c) => c.subtype === 'AT_SetNotNull'))
            return [];
        const before = earlierCommands(previous, table);
        return cmds.flatMap((cmd) => {
            const column = cmd.subtype === 'AT_SetNotNull' ? cmd.name : undefined;
            if (!column)
                return [];
            const scan = `takes an ACCESS EXCLUSIVE lock on existing table "${table}" and scans every row to check it: reads and writes wait for the whole scan`;
            if (hasValidatedCheck([...before, ...cmds], column)) {
                if (pgVersion >= 12)
                    return [];
                return [
                    {
                        message: `Setting "${column}" of "${table}" to NOT NULL ${scan} — Postgres ${pgVersion} does not use the validated CHECK constraint to skip it (12+ does).`,
                        help: 'On Postgres before 12 keep the validated CHECK (col IS NOT NULL) constraint instead of SET NOT NULL, or run SET NOT NULL in a quiet window.',
                        class: 'expand',
                    },
                ];
            }
            const addedHere = cmds.some((c) => c.subtype === 'AT_AddColumn' && columnDefOf(c)?.colname === column);
            if (addedHere || state.isNewColumn(table, column)) {
                const inline = `Declare "${column}" NOT NULL with a constant DEFAULT in its ADD COLUMN instead (instant on Postgres 11+)`;
                if (hasDefault([...before, ...cmds], column)) {
                    return [
                        {
                            message: `Setting new column "${column}" of "${table}" to NOT NULL ${scan}.`,
                            help: `${inline}.`,
                            class: 'expand',
                        },
                    ];
                }
                return [
                    {
                        message: `Setting new column "${column}" of "${table}" to NOT NULL ${scan}. It has no DEFAULT, so the previous release's INSERTs, which do not name "${column}", fail.`,
                        help: `${inline}, or tighten it in a later release once the previous release no longer inserts rows without it.`,
                    },
                ];
            }
            return [
                {
                    message: `Setting "${column}" of "${table}" to NOT NULL ${scan}. The previous release's writes that leave "${column}" NULL start failing too.`,
                    help: setting_not_null_HELP,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-constraint.ts


/** The constraint's kind and what the previous release loses, guessed from Postgres, Prisma and Drizzle naming. */
const ban_drop_constraint_KINDS = [
    {
        pattern: /(_fkey|_fk)$|^fk_/,
        kind: 'foreign key',
        loss: 'rows pointing at missing parents (orphans) appear and its ON DELETE behaviour stops, and re-adding the foreign key on rollback fails on those orphans',
    },
    {
        pattern: /_pkey$|^pk_/,
        kind: 'primary key',
        loss: 'its ON CONFLICT (…) upserts fail, duplicate ids can appear, and on a published table (Supabase Realtime, logical replication) UPDATEs and DELETEs fail for want of a replica identity',
    },
    {
        pattern: /(_key|_unique|_uniq|_excl)$|^(uq|uk|ux)_/,
        kind: 'unique constraint',
        loss: 'its ON CONFLICT (…) upserts fail with "there is no unique or exclusion constraint matching the ON CONFLICT specification", and duplicates appear that make re-adding it on rollback fail',
    },
    {
        pattern: /(_check|_chk)$|^(ck|chk)_/,
        kind: 'check constraint',
        loss: 'values it never expects get written, and re-adding the check on rollback fails on them',
    },
    { pattern: /_not_null$/, kind: 'not-null constraint', loss: 'it reads NULLs it never expects' },
];
const GENERAL = {
    kind: 'constraint',
    loss: 'the references, uniqueness or values it guaranteed stop holding, rows it would reject get written, ON CONFLICT upserts that target it fail, and re-adding it on rollback fails on those rows',
};
const SUFFIX = /_(fkey|fk|pkey|key|unique|uniq|excl|check|chk|not_null)$/;
/** `orders_user_id_fkey` on `orders` → `user_id`: the column a Postgres/Prisma-named constraint is on. */
function columnOfName(relname, name) {
    if (!name.startsWith(`${relname}_`) || !SUFFIX.test(name))
        return undefined;
    return name.slice(relname.length + 1).replace(SUFFIX, '') || undefined;
}
function addedConstraints(node, table) {
    if (!('AlterTableStmt' in node) || relationKey(node.AlterTableStmt.relation) !== table)
        return [];
    return alterCommands(node).flatMap((c) => c.subtype === 'AT_AddConstraint' ? [constraintOf(c.def)?.conname ?? ''] : []);
}
function renamedConstraint(node, table) {
    if (!('RenameStmt' in node))
        return [];
    const r = node.RenameStmt;
    return r.renameType === 'OBJECT_TABCONSTRAINT' && relationKey(r.relation) === table && r.newname
        ? [r.newname]
        : [];
}
/** Columns and tables a later statement drops anyway (Prisma drops a column's or table's foreign keys first). */
function droppedLater(statements, table) {
    const tables = new Set();
    const columns = new Set();
    for (const { node } of statements) {
        if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE')
            dropTargetNames(node).forEach((p) => tables.add(qualifiedName(p)));
        if ('AlterTableStmt' in node && relationKey(node.AlterTableStmt.relation) === table) {
            alterCommands(node).forEach((c) => c.subtype === 'AT_DropColumn' && c.name && columns.add(c.name));
        }
    }
    return { tables, columns };
}
const banDropConstraint = {
    id: 'ban-drop-constraint',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a constraint takes away a guarantee the previous release relies on (foreign key, unique, primary key, check).',
    kinds: ['AlterTableStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node) || !isTableAlter(node))
            return [];
        const rel = node.AlterTableStmt.relation;
        const table = relationKey(rel);
        if (!table || state.isNewTable(table))
            return [];
        if (!alterCommands(node).some((c) => c.subtype === 'AT_DropConstraint'))
            return [];
        const later = [statement, ...following];
        const readded = new Set(later.flatMap((s) => [...addedConstraints(s.node, table), ...renamedConstraint(s.node, table)]));
        const createdEarlier = new Set(previous.flatMap((s) => addedConstraints(s.node, table)));
        const dropped = droppedLater(later, table);
        if (dropped.tables.has(table))
            return [];
        return alterCommands(node)
            .filter((c) => c.subtype === 'AT_DropConstraint' && c.name && !readded.has(c.name) && !createdEarlier.has(c.name))
            .filter((c) => {
            const column = columnOfName(rel?.relname ?? '', c.name);
            return !column || (!state.isNewColumn(table, column) && !dropped.columns.has(column));
        })
            .map((c) => {
            const name = c.name;
            const { kind, loss } = ban_drop_constraint_KINDS.find((k) => k.pattern.test(name.toLowerCase())) ?? GENERAL;
            return {
                message: `Dropping ${kind} "${name}" on "${table}" breaks the previous release, which relies on it: ${loss}.`,
                help: `Keep "${name}" until the contract release, once the rollback target no longer relies on it; to change it (e.g. its ON DELETE), drop and re-add "${name}" in the same migration, adding a foreign key or check NOT VALID and then VALIDATE CONSTRAINT.`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-default.ts


/** `ALTER COLUMN c DROP DEFAULT`, or `SET DEFAULT NULL`, which is the same thing. */
function dropsDefault(c) {
    if (c.subtype !== 'AT_ColumnDefault' || !c.name)
        return false;
    return !c.def || ('A_Const' in c.def && c.def.A_Const.isnull === true);
}
/** Columns a later statement gives a default again, or drops (ban-drop-column's concern), as `table.column`. */
function settledLater(statements) {
    const keys = new Set();
    for (const { node } of statements) {
        if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE') {
            dropTargetNames(node).forEach((p) => keys.add(`${qualifiedName(p)}.*`));
        }
        if (!('AlterTableStmt' in node))
            continue;
        const table = relationKey(node.AlterTableStmt.relation);
        for (const c of alterCommands(node)) {
            if (!c.name)
                continue;
            if (c.subtype === 'AT_DropColumn' || (c.subtype === 'AT_ColumnDefault' && !dropsDefault(c)))
                keys.add(columnKey(table, c.name));
        }
    }
    return keys;
}
const banDropDefault = {
    id: 'ban-drop-default',
    severity: 'error',
    class: 'contract',
    summary: "Dropping a column's default breaks the previous release's INSERTs that leave the column out.",
    kinds: ['AlterTableStmt'],
    check({ statement, state, following }) {
        const { node } = statement;
        if (!('AlterTableStmt' in node) || !isTableAlter(node))
            return [];
        const table = relationKey(node.AlterTableStmt.relation);
        if (!table || !alterCommands(node).some(dropsDefault))
            return [];
        // Prisma changes an enum column's type between DROP DEFAULT and SET DEFAULT: that is a replace.
        const settled = settledLater([statement, ...following]);
        if (settled.has(`${table}.*`))
            return [];
        return alterCommands(node)
            .filter((c) => dropsDefault(c) && !state.isNewColumn(table, c.name) && !settled.has(columnKey(table, c.name)))
            .map((c) => ({
            message: `Dropping the default of "${c.name}" on "${table}" breaks the previous release: its INSERTs that leave "${c.name}" out now store NULL, or fail with a not-null violation if the column is NOT NULL, after the migration and after a rollback.`,
            help: `Keep the default until the contract release, once the rollback target always sets "${c.name}"; if the value must change, SET DEFAULT to the new value instead of dropping it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-drop-policy.ts


const banDropPolicy = {
    id: 'ban-drop-policy',
    severity: 'error',
    class: 'contract',
    summary: 'Dropping a row level security policy silently hides rows from, or rejects writes by, the roles the previous release uses.',
    kinds: ['DropStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_POLICY')
            return [];
        const file = [...previous, ...following];
        // DROP POLICY … ; CREATE POLICY … ON the same table later in the file is a replace (names often change with it).
        const recreatedOn = new Set(following.flatMap((s) => 'CreatePolicyStmt' in s.node ? [relationKey(s.node.CreatePolicyStmt.table)] : []));
        const createdEarlier = new Set(previous.flatMap((s) => 'CreatePolicyStmt' in s.node
            ? [`${relationKey(s.node.CreatePolicyStmt.table)}:${s.node.CreatePolicyStmt.policy_name}`]
            : []));
        // Policies do nothing on a table whose RLS the file turns off, or that it drops (ban-drop-table's concern).
        const unprotected = new Set(file.flatMap((s) => {
            if ('DropStmt' in s.node && s.node.DropStmt.removeType === 'OBJECT_TABLE')
                return dropTargetNames(s.node).map((p) => qualifiedName(p));
            if (!('AlterTableStmt' in s.node))
                return [];
            const off = alterCommands(s.node).some((c) => c.subtype === 'AT_DisableRowSecurity');
            return off ? [relationKey(s.node.AlterTableStmt.relation)] : [];
        }));
        return dropTargetNames(node)
            .map((parts) => ({ table: qualifiedName(parts.slice(0, -1)), policy: qualifiedName(parts.slice(-1)) }))
            .filter(({ table, policy }) => policy &&
            !state.isNewTable(table) &&
            !recreatedOn.has(table) &&
            !createdEarlier.has(`${table}:${policy}`) &&
            !unprotected.has(table))
            .map(({ table, policy }) => ({
            message: `Dropping policy "${policy}" on "${table}" silently changes what the previous release can do: with row level security on, the rows only this policy allowed become invisible to its roles and their writes are rejected, so Supabase's anon and authenticated requests get empty results (no error) or RLS violations, after the migration and after a rollback.`,
            help: `Replace it in the same migration (DROP POLICY and CREATE POLICY on "${table}" in one file, or ALTER POLICY to change its USING / WITH CHECK), or drop it in a later release once the rollback target no longer relies on it.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/ban-revoke.ts

const ban_revoke_KINDS = {
    OBJECT_TABLE: 'table',
    OBJECT_SEQUENCE: 'sequence',
    OBJECT_FUNCTION: 'function',
    OBJECT_PROCEDURE: 'procedure',
    OBJECT_ROUTINE: 'routine',
    OBJECT_SCHEMA: 'schema',
};
/** Privileges applications do not use: revoking only these (a common Supabase hardening) breaks nothing. */
const UNUSED_PRIVILEGES = new Set(['truncate', 'references', 'trigger', 'maintain']);
const SUPABASE_ROLES = new Set(['anon', 'authenticated', 'service_role']);
function objectName(obj) {
    if ('RangeVar' in obj)
        return relationKey(obj.RangeVar);
    if ('ObjectWithArgs' in obj)
        return qualifiedName(obj.ObjectWithArgs.objname);
    return stringValue(obj) ?? '';
}
/** A sequence of a table created in this change (`orders_id_seq` for a serial or identity column). */
function isNewSequence(name, state, created) {
    if (created.has(name))
        return true;
    const parts = name.replace(/_seq$/, '').split('_');
    return parts.some((_, i) => i > 0 && state.isNewTable(parts.slice(0, i).join('_')));
}
function isNewObject(grant, name, state, sequences) {
    if (grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA' || grant.objtype === 'OBJECT_SCHEMA')
        return state.isNewSchema(name);
    if (grant.objtype === 'OBJECT_TABLE')
        return state.isNewTable(name) || state.isNewView(name);
    if (grant.objtype === 'OBJECT_SEQUENCE')
        return isNewSequence(name, state, sequences);
    return state.isNewFunction(name);
}
function granteeNames(grant) {
    return (grant.grantees ?? []).flatMap((g) => {
        if (!('RoleSpec' in g))
            return [];
        const r = g.RoleSpec;
        if (r.roletype === 'ROLESPEC_PUBLIC')
            return ['PUBLIC'];
        if (r.roletype === 'ROLESPEC_CSTRING')
            return [r.rolename ?? ''];
        return [r.roletype === 'ROLESPEC_CURRENT_USER' ? 'CURRENT_USER' : 'SESSION_USER'];
    });
}
/** `kind:object:grantee` for each privilege a GRANT gives back. */
function grantKeys(grant) {
    const objects = (grant.objects ?? []).map(objectName);
    return objects.flatMap((o) => granteeNames(grant).map((g) => `${grant.targtype}:${grant.objtype}:${o}:${g}`));
}
const banRevoke = {
    id: 'ban-revoke',
    severity: 'error',
    class: 'contract',
    summary: 'Revoking a privilege from a role the previous release connects as makes its queries fail with "permission denied".',
    kinds: ['GrantStmt'],
    check({ statement, state, previous, following }) {
        const { node } = statement;
        if (!('GrantStmt' in node))
            return [];
        const grant = node.GrantStmt;
        const kind = ban_revoke_KINDS[grant.objtype ?? ''];
        // REVOKE GRANT OPTION FOR keeps the privilege itself.
        if (grant.is_grant || grant.grant_option || !kind)
            return [];
        const privileges = (grant.privileges ?? []).flatMap((p) => 'AccessPriv' in p ? [p.AccessPriv.priv_name ?? ''] : []);
        if (privileges.length && privileges.every((p) => UNUSED_PRIVILEGES.has(p)))
            return [];
        // REVOKE ALL … then GRANT … back to the same role later in the file resets the privileges.
        const regranted = new Set(following.flatMap((s) => 'GrantStmt' in s.node && s.node.GrantStmt.is_grant ? grantKeys(s.node.GrantStmt) : []));
        const sequences = new Set(previous.flatMap((s) => 'CreateSeqStmt' in s.node ? [relationKey(s.node.CreateSeqStmt.sequence)] : []));
        const grantees = granteeNames(grant);
        const allIn = grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA';
        const what = privileges.length ? privileges.map((p) => p.toUpperCase()).join(', ') : 'ALL';
        return (grant.objects ?? [])
            .map(objectName)
            .filter((name) => name && !isNewObject(grant, name, state, sequences))
            .flatMap((name) => {
            const lost = grantees.filter((g) => !regranted.has(`${grant.targtype}:${grant.objtype}:${name}:${g}`));
            if (!lost.length)
                return [];
            const target = allIn ? `every ${kind} in schema "${name}"` : `${kind} "${name}"`;
            const roles = lost
                .map((g) => (g === 'PUBLIC' ? 'PUBLIC (every role without a grant of its own)' : `"${g}"`))
                .join(', ');
            const supabase = lost.some((g) => SUPABASE_ROLES.has(g))
                ? ' On Supabase, anon and authenticated are the roles every PostgREST / supabase-js request runs as, and service_role the server-side key.'
                : '';
            return [
                {
                    message: `Revoking ${what} on ${target} from ${roles} breaks the previous release wherever it connects as ${lost.length > 1 ? 'one of those roles' : 'that role'}: its queries fail with "permission denied", after the migration and after a rollback.${supabase}`,
                    help: 'Revoke in a later release, once the rollback target no longer uses the privilege; to narrow access now, replace it in the same migration (REVOKE then GRANT the privileges that stay).',
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/gates/migrations/rules/index.ts



// imports: removals and renames














// imports: locks and tightening













// imports: grants, policies, constraints and defaults




/** Every statement rule, one file each; docs/rules/<id>.md documents each. */
const RULES = [
    banDropColumn,
    requireConcurrentIndexCreation,
    // rules: removals and renames
    banDropTable,
    banDropSchema,
    banDropDatabase,
    renamingColumn,
    renamingTable,
    renamingEnumValue,
    banDropFunction,
    banDropTrigger,
    banDropView,
    banTruncate,
    unboundedDataChange,
    enableRlsWithoutPolicy,
    dropAddRename,
    banDropNotNull,
    // rules: locks and tightening
    addingRequiredField,
    settingNotNull,
    changingColumnType,
    addingVolatileDefault,
    addingTableRewritingColumn,
    requireConcurrentIndexDeletion,
    requireConcurrentReindex,
    banConcurrentIndexInTransaction,
    constraintMissingNotValid,
    disallowedUniqueConstraint,
    addingPrimaryKey,
    requireLockTimeout,
    requireIfNotExists,
    // rules: grants, policies, constraints and defaults
    banDropConstraint,
    banDropPolicy,
    banRevoke,
    banDropDefault,
];
/** Rules reported by the engine itself rather than by statement checks. */
const META_RULE_IDS = [
    'syntax-error',
    'invalid-ignore',
    'unused-ignore',
    'edited-shipped-migration',
    'unreadable-file',
    // the fallback release's code against the replayed schema (src/compat)
    ...COMPAT_RULE_IDS,
];

;// CONCATENATED MODULE: ./src/gates/migrations/schema-state.ts

/**
 * Objects this change creates, in the order its migrations run. An object created earlier in the same
 * change is new and empty, and the previous release never used it: indexing it, constraining it or
 * dropping it again is safe.
 */
class SchemaState {
    sets = new Map();
    /** The state after `ops`, applied in order to an empty change. */
    static replay(ops) {
        const state = new SchemaState();
        for (const op of ops)
            state.applyOp(op);
        return state;
    }
    has(kind, key) {
        return this.sets.get(kind)?.has(key) ?? false;
    }
    isNewTable(table) {
        return this.has('tables', table);
    }
    /** A column added by this change (to a new or an existing table). */
    isNewColumn(table, column) {
        return this.has('tables', table) || this.has('columns', columnKey(table, column));
    }
    isNewIndex(name) {
        return this.has('indexes', name);
    }
    isNewType(name) {
        return this.has('types', name);
    }
    isNewView(name) {
        return this.has('views', name);
    }
    isNewFunction(name) {
        return this.has('functions', name);
    }
    isNewTrigger(table, name) {
        return this.has('triggers', `${table}:${name}`);
    }
    isNewSchema(name) {
        return this.has('schemas', name);
    }
    /** A policy was created on this table earlier in the change. */
    hasNewPolicy(table) {
        return this.has('policies', table);
    }
    /** Update the state after a statement ran. */
    apply(node) {
        for (const op of stateOps(node))
            this.applyOp(op);
    }
    applyOp(op) {
        let set = this.sets.get(op.kind);
        if (!set)
            this.sets.set(op.kind, (set = new Set()));
        if ('add' in op)
            set.add(op.add);
        else if (set.delete(op.rename))
            set.add(op.to);
    }
}
/** The statement kinds `stateOps` answers for; every other kind leaves the state as it is. */
const STATE_KINDS = new Set([
    'CreateStmt',
    'CreateTableAsStmt',
    'AlterTableStmt',
    'IndexStmt',
    'CreateEnumStmt',
    'CompositeTypeStmt',
    'CreateDomainStmt',
    'ViewStmt',
    'CreateFunctionStmt',
    'CreateTrigStmt',
    'CreateSchemaStmt',
    'CreatePolicyStmt',
    'RenameStmt',
]);
/** What a statement creates or renames, from its AST. */
function stateOps(node) {
    if ('CreateStmt' in node)
        return [{ kind: 'tables', add: relationKey(node.CreateStmt.relation) }];
    if ('CreateTableAsStmt' in node) {
        // Materialized views are created this way too; they are views to DROP VIEW rules.
        const name = relationKey(node.CreateTableAsStmt.into?.rel);
        const table = { kind: 'tables', add: name };
        return node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW'
            ? [table, { kind: 'views', add: name }]
            : [table];
    }
    if ('AlterTableStmt' in node) {
        const table = relationKey(node.AlterTableStmt.relation);
        const ops = [];
        for (const cmd of node.AlterTableStmt.cmds ?? []) {
            if (!('AlterTableCmd' in cmd))
                continue;
            const c = cmd.AlterTableCmd;
            if (c.subtype === 'AT_AddColumn' && c.def && 'ColumnDef' in c.def && c.def.ColumnDef.colname) {
                ops.push({ kind: 'columns', add: columnKey(table, c.def.ColumnDef.colname) });
            }
        }
        return ops;
    }
    if ('IndexStmt' in node) {
        const { idxname, relation } = node.IndexStmt;
        return idxname ? [{ kind: 'indexes', add: schemaOf(relation?.schemaname) + idxname }] : [];
    }
    if ('CreateEnumStmt' in node)
        return [{ kind: 'types', add: qualifiedName(node.CreateEnumStmt.typeName) }];
    if ('CompositeTypeStmt' in node)
        return [{ kind: 'types', add: relationKey(node.CompositeTypeStmt.typevar) }];
    if ('CreateDomainStmt' in node)
        return [{ kind: 'types', add: qualifiedName(node.CreateDomainStmt.domainname) }];
    if ('ViewStmt' in node)
        return [{ kind: 'views', add: relationKey(node.ViewStmt.view) }];
    if ('CreateFunctionStmt' in node) {
        return [{ kind: 'functions', add: qualifiedName(node.CreateFunctionStmt.funcname) }];
    }
    if ('CreateTrigStmt' in node) {
        const t = node.CreateTrigStmt;
        return t.trigname ? [{ kind: 'triggers', add: `${relationKey(t.relation)}:${t.trigname}` }] : [];
    }
    if ('CreateSchemaStmt' in node) {
        const name = node.CreateSchemaStmt.schemaname;
        return name ? [{ kind: 'schemas', add: name }] : [];
    }
    if ('CreatePolicyStmt' in node)
        return [{ kind: 'policies', add: relationKey(node.CreatePolicyStmt.table) }];
    if ('RenameStmt' in node)
        return renameOps(node);
    return [];
}
function renameOps(node) {
    const r = node.RenameStmt;
    if (!r.newname)
        return [];
    const table = relationKey(r.relation);
    if (r.renameType === 'OBJECT_TABLE') {
        return [{ kind: 'tables', rename: table, to: schemaOf(r.relation?.schemaname) + r.newname }];
    }
    if (r.renameType === 'OBJECT_COLUMN' && r.subname) {
        return [{ kind: 'columns', rename: columnKey(table, r.subname), to: columnKey(table, r.newname) }];
    }
    return [];
}
function schemaOf(schema) {
    return schema && schema !== 'public' ? `${schema}.` : '';
}

;// CONCATENATED MODULE: ./src/gates/migrations/transaction.ts


/** Statements Postgres refuses inside a transaction block; Flyway runs a file of only these without one. */
function isNonTransactional(statement) {
    const { node } = statement;
    if ('IndexStmt' in node)
        return Boolean(node.IndexStmt.concurrent);
    if ('DropStmt' in node)
        return Boolean(node.DropStmt.concurrent);
    if ('ReindexStmt' in node)
        return isConcurrentReindex(node);
    return 'VacuumStmt' in node || 'CreatedbStmt' in node || 'DropdbStmt' in node;
}
const transaction_SESSION_ONLY = new Set(['VariableSetStmt', 'VariableShowStmt']);
function transactionModelOf(parsed, config) {
    if (config.transaction === 'per-file')
        return 'per-file';
    if (config.transaction === 'none')
        return 'none';
    if (parsed.transactionDisabled)
        return 'none';
    return layoutById(parsed.file.layout).transaction;
}
const onlyNonTransactional = new WeakMap();
/** Flyway's test, once per file: are all statements (besides SET/SHOW) ones Postgres refuses in a transaction? */
function fileIsNonTransactional(parsed) {
    let answer = onlyNonTransactional.get(parsed);
    if (answer === undefined) {
        answer = parsed.statements.filter((s) => !transaction_SESSION_ONLY.has(s.kind)).every(isNonTransactional);
        onlyNonTransactional.set(parsed, answer);
    }
    return answer;
}
/** Does this statement run inside a transaction block, as the layout's runner executes the file? */
function runsInTransaction(statement, parsed, model) {
    if (statement.inExplicitTransaction)
        return true;
    switch (model) {
        case 'per-file':
            return true;
        case 'none':
            return false;
        case 'implicit':
            // One query string with several statements is one implicit transaction.
            return parsed.statements.length > 1;
        case 'flyway':
            return !fileIsNonTransactional(parsed);
    }
}

;// CONCATENATED MODULE: ./src/gates/migrations/engine.ts






/** Every id a user may name in an ignore comment or in `migrations.rules`. */
const KNOWN_RULE_IDS = new Set([...RULES.map((r) => r.id), ...META_RULE_IDS]);
function docsUrl(ruleId) {
    return `${DOCS_BASE}/rules/${ruleId}.md`;
}
/**
 * Lint parsed files in the order they run, sharing one SchemaState so objects created by an earlier
 * file of the change count as new in later ones. Pure: no I/O.
 */
function lintParsedFiles(files, options) {
    const linter = new engine_MigrationLinter(options);
    return files.map((parsed) => linter.lint(parsed));
}
/** Lints files one at a time, in the order they run, carrying the change's SchemaState from file to file. */
class engine_MigrationLinter {
    options;
    state;
    rules;
    byKind = new Map();
    constructor(options, state = new SchemaState()) {
        this.options = options;
        this.state = state;
        this.rules = (options.rules ?? RULES).filter((r) => options.config.rules[r.id] !== 'off');
    }
    lint(parsed) {
        return lintFile(parsed, this.rulesFor, this.state, this.options.config, this.options.review);
    }
    /** The rules that look at this kind of statement (`Rule.kinds`), in registry order. */
    rulesFor = (kind) => {
        let rules = this.byKind.get(kind);
        if (!rules) {
            rules = this.rules.filter((r) => !r.kinds || r.kinds.includes(kind));
            this.byKind.set(kind, rules);
        }
        return rules;
    };
}
function lintFile(parsed, rulesFor, state, config, review) {
    const { file } = parsed;
    const findings = [];
    const severityOf = (rule, hit) => {
        const override = config.rules[rule.id];
        return override && override !== 'off' ? override : (hit.severity ?? rule.severity);
    };
    for (const error of parsed.errors) {
        findings.push({
            gate: 'migrations',
            rule: 'syntax-error',
            severity: 'error',
            file: file.path,
            line: error.line,
            column: error.column,
            message: `Postgres cannot parse this migration: ${error.message}`,
            help: 'Fix the SQL; the database would reject this file and stop the deploy half-way.',
            docs: docsUrl('syntax-error'),
            class: 'unknown',
        });
    }
    const { directives, findings: directiveFindings } = readIgnoreDirectives(parsed.text, file.path, KNOWN_RULE_IDS);
    findings.push(...directiveFindings);
    let fileClass = parsed.errors.length ? 'unknown' : 'expand';
    const model = transactionModelOf(parsed, config);
    const settings = new Map();
    const statements = parsed.statements;
    const fileContext = {
        statements,
        file,
        state,
        settings,
        transactionModel: model,
        pgVersion: config['pg-version'],
    };
    statements.forEach((statement, index) => {
        const ctx = new StatementContext(fileContext, index, runsInTransaction(statement, parsed, model));
        const previousEnd = index > 0 ? statements[index - 1].endLine : 0;
        // Down migrations undo what their up did: they are parsed (and rehearsed), not held to expand/contract rules.
        const active = file.direction === 'down' ? [] : rulesFor(statement.kind);
        const ruleHits = active.flatMap((rule) => rule.check(ctx).map((hit) => ({ rule, hit })));
        const hits = review && file.direction !== 'down'
            ? review(ruleHits, ctx).filter(({ rule }) => config.rules[rule.id] !== 'off')
            : ruleHits;
        const statementClass = hits.some(({ rule, hit }) => (hit.class ?? rule.class) === 'contract')
            ? 'contract'
            : baseClass(statement.node);
        for (const { rule, hit } of hits) {
            const suppression = findSuppression(directives, rule.id, statement.line, previousEnd);
            if (suppression) {
                suppression.used.add(rule.id);
                continue;
            }
            findings.push(toFinding(rule, severityOf(rule, hit), hit, statement, file, statementClass));
        }
        fileClass = worseClass(fileClass, statementClass);
        trackSetting(statement, settings);
        state.apply(statement.node);
    });
    findings.push(...unusedIgnoreFindings(directives, file.path));
    return { file, class: fileClass, statements: statements.length, findings };
}
/**
 * What a rule sees of one statement. A class, not an object literal with getters: literal getters are new
 * closures per statement, each giving the object a hidden class of its own that holds the file's statements
 * until the next full GC. On 2,000 files that made the young-generation GCs ~8x slower (measured).
 */
class StatementContext {
    shared;
    index;
    inTransaction;
    statement;
    constructor(shared, index, inTransaction) {
        this.shared = shared;
        this.index = index;
        this.inTransaction = inTransaction;
        this.statement = shared.statements[index];
    }
    get file() {
        return this.shared.file;
    }
    get state() {
        return this.shared.state;
    }
    get transactionModel() {
        return this.shared.transactionModel;
    }
    get pgVersion() {
        return this.shared.pgVersion;
    }
    get settings() {
        return this.shared.settings;
    }
    // Sliced on demand: few rules look around, and copying per statement is quadratic in a long file.
    get previous() {
        return this.shared.statements.slice(0, this.index);
    }
    get following() {
        return this.shared.statements.slice(this.index + 1);
    }
}
function toFinding(rule, severity, { message, help }, statement, file, cls) {
    return {
        gate: 'migrations',
        rule: rule.id,
        severity,
        file: file.path,
        line: statement.line,
        column: statement.column,
        ...(statement.endLine !== statement.line ? { endLine: statement.endLine } : {}),
        message,
        ...(help ? { help } : {}),
        docs: docsUrl(rule.id),
        class: cls,
    };
}
function trackSetting(statement, settings) {
    if (!('VariableSetStmt' in statement.node))
        return;
    const set = statement.node.VariableSetStmt;
    if (!set.name)
        return;
    const name = set.name.toLowerCase();
    if (set.kind === 'VAR_RESET' || set.kind === 'VAR_SET_DEFAULT')
        settings.delete(name);
    else
        settings.set(name, statement.text);
}

// EXTERNAL MODULE: ./src/gates/migrations/parse.ts + 1 modules
var parse = __nccwpck_require__(620);
;// CONCATENATED MODULE: ./src/gates/migrations/lint-pool.ts









/** Below this many files per thread, starting a worker (~60 ms and its own parser) costs more than it saves. */
const MIN_FILES_PER_THREAD = 150;
/** Parsing is CPU-bound: more threads than this only add start-up time and memory. */
const MAX_THREADS = 4;
/** `ROLLBACK_READY_LINT_THREADS=1` lints on one thread; another number caps the threads. */
const THREADS_ENV = 'ROLLBACK_READY_LINT_THREADS';
/** The worker's bundle, next to the bundle this code runs from; absent when running from src/ (tests). */
function workerScript() {
    const path = join(dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
    return existsSync(path) ? path : undefined;
}
/** How many threads lint `count` files: one unless there are enough files to pay for a worker. */
function threadsFor(count, env = process.env) {
    const asked = Number.parseInt(env[THREADS_ENV] ?? '', 10);
    const cap = Number.isInteger(asked) && asked > 0 ? asked : Math.min(availableParallelism(), MAX_THREADS);
    return Math.max(1, Math.min(cap, Math.floor(count / MIN_FILES_PER_THREAD)));
}
/** Split into `n` runs of consecutive files of about equal size (parse time follows bytes). */
function splitByBytes(sources, n) {
    const total = sources.reduce((sum, s) => sum + s.text.length, 0);
    const chunks = [];
    let current = [];
    let size = 0;
    for (const source of sources) {
        current.push(source);
        size += source.text.length;
        if (chunks.length < n - 1 && size >= (total * (chunks.length + 1)) / n) {
            chunks.push(current);
            current = [];
        }
    }
    chunks.push(current);
    return chunks.filter((c) => c.length > 0);
}
/** The state ops of parsed files, in run order. */
function opsOf(parsed) {
    const ops = [];
    for (const file of parsed) {
        for (const statement of file.statements) {
            if (STATE_KINDS.has(statement.kind))
                ops.push(...stateOps(statement.node));
        }
    }
    return ops;
}
/** Lint parsed files in order, starting from the state the ops of every earlier file leave. */
function lintRun(parsed, config, seed) {
    const linter = new engine_MigrationLinter({ config }, SchemaState.replay(seed));
    return parsed.map((p) => linter.lint(p));
}
/**
 * Lint migrations in run order, exactly as one thread would (`lintParsedFiles`), on several threads when
 * there are many: parsing is most of the work, and only the SchemaState links one file to the next.
 *
 * The files are split into consecutive runs, one per thread. Every thread parses its run at the same time.
 * A run's linting starts from the state that every earlier file leaves: the threads before it send their
 * files' state ops (what each statement creates or renames), and the run is linted on their replay. A
 * worker that cannot start or fails is replaced by parsing and linting its run on this thread.
 */
async function lintSources(sources, config, log, 
/** Tests point at another worker script and set the thread count. */
options = {}) {
    const script = options.script ?? workerScript();
    const threads = script ? (options.threads ?? threadsFor(sources.length)) : 1;
    const [first = [], ...rest] = splitByBytes(sources, threads);
    // Workers started early (prestartLintWorkers) have loaded by now; any others load while this thread parses.
    const workers = rest.map((chunk) => (idle.shift() ?? new LintWorker(script)).start({ sources: chunk, config }));
    for (const unused of idle.splice(0))
        unused.stop();
    await ensureParser();
    if (!workers.length) {
        // One thread: parse and lint file by file, so only one AST is alive at a time.
        const linter = new MigrationLinter({ config });
        return first.map(({ file, text }) => linter.lint(parseMigration(file, text)));
    }
    const parsed = first.map(({ file, text }) => parseMigration(file, text));
    // The seed of each run: the ops of every file before it. A failed worker's ops come from parsing here.
    let seed = opsOf(parsed);
    const seeds = [];
    const relay = (async () => {
        for (const [i, worker] of workers.entries()) {
            seeds.push(seed);
            worker.send(seed);
            if (i === workers.length - 1)
                break;
            const ops = await worker.ops.catch(() => opsOf(rest[i].map(({ file, text }) => parseMigration(file, text))));
            seed = seed.concat(ops);
        }
    })();
    const linted = lintRun(parsed, config, []);
    parsed.length = 0; // let the first run's ASTs go before the workers' results arrive
    await relay;
    for (const [i, worker] of workers.entries()) {
        try {
            linted.push(...(await worker.linted));
        }
        catch (error) {
            log.debug(`lint worker ${i + 1} failed (${errorMessage(error)}); linting its ${rest[i].length} file(s) here`);
            linted.push(...lintRun(rest[i].map(({ file, text }) => parseMigration(file, text)), config, seeds[i]));
        }
    }
    log.debug(`linted ${sources.length} file(s) on ${workers.length + 1} threads`);
    return linted;
}
/** Workers started before their input, waiting for it (they do not keep the process alive). */
const idle = (/* unused pure expression or super */ null && ([]));
/**
 * Start the workers that linting `fileCount` files will use, before the files are selected and read: a
 * worker takes ~100 ms to start Node and compile the parser, which then overlaps this thread's own start.
 */
function prestartLintWorkers(fileCount) {
    const script = workerScript();
    if (!script)
        return;
    const wanted = threadsFor(fileCount) - 1;
    while (idle.length < wanted)
        idle.push(new LintWorker(script));
}
/** One lint worker thread and the two answers it gives; any failure rejects both. */
class LintWorker {
    worker;
    ops;
    linted;
    fail;
    constructor(script) {
        let resolveOps;
        let resolveLinted;
        const failed = new Promise((_, reject) => (this.fail = reject));
        this.ops = Promise.race([new Promise((resolve) => (resolveOps = resolve)), failed]);
        this.linted = Promise.race([new Promise((resolve) => (resolveLinted = resolve)), failed]);
        // Whichever answer is not awaited yet when the worker fails must not become an unhandled rejection.
        this.ops.catch(() => undefined);
        this.linted.catch(() => undefined);
        try {
            this.worker = new Worker(script);
        }
        catch (error) {
            this.fail(error);
            return;
        }
        // Idle until `start`: an unused worker must not hold the process open.
        this.worker.unref();
        this.worker.on('message', (message) => {
            if (message.type === 'ops')
                resolveOps(message.ops);
            else if (message.type === 'linted') {
                resolveLinted(message.linted);
                this.stop();
            }
        });
        this.worker.once('error', (error) => this.fail(error));
        this.worker.once('exit', (code) => this.fail(new Error(`it exited with code ${code} before answering`)));
    }
    start(input) {
        this.worker?.ref();
        this.post({ type: 'input', input });
        return this;
    }
    send(seed) {
        this.post({ type: 'seed', ops: seed });
    }
    stop() {
        void this.worker?.terminate();
    }
    post(message) {
        try {
            this.worker?.postMessage(message);
        }
        catch (error) {
            // e.g. a value that cannot be copied to another thread: this run is linted here instead.
            this.fail(error);
            this.stop();
        }
    }
}


/***/ }),

/***/ 610:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_wasm_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(308);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lint_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(333);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(620);
/**
 * A lint worker (lint-pool.ts): compiles the parser, waits for its run of migrations, parses them, posts
 * their state ops, waits for the ops of every file before the run, then lints the run and posts the
 * results. Bundled on its own as lint-worker.js next to the CLI's and the action's bundles.
 */
 // first: before the parser's WASM is compiled



const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
if (!port)
    throw new Error('lint-worker.js runs as a worker thread of rollback-ready, not on its own');
let receiveInput;
let receiveSeed;
const input = new Promise((resolve) => (receiveInput = resolve));
const seed = new Promise((resolve) => (receiveSeed = resolve));
port.on('message', (message) => {
    if (message.type === 'input')
        receiveInput(message.input);
    else if (message.type === 'seed')
        receiveSeed(message.ops);
});
await (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureParser */ ._U)();
const { sources, config } = await input;
const parsed = sources.map(({ file, text }) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMigration */ .mo)(file, text));
port.postMessage({ type: 'ops', ops: (0,_lint_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .opsOf */ .CD)(parsed) });
port.postMessage({ type: 'linted', linted: (0,_lint_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .lintRun */ .BC)(parsed, config, await seed) });
port.removeAllListeners('message');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ ensureParser),
  mo: () => (/* binding */ parseMigration)
});

// UNUSED EXPORTS: isDbmateFile

// EXTERNAL MODULE: ./src/gates/migrations/pg-wasm.ts
var pg_wasm = __nccwpck_require__(516);
;// CONCATENATED MODULE: ./src/gates/migrations/positions.ts
/**
 * The Postgres parser reports statement positions as UTF-8 byte offsets; editors, GitHub and SARIF
 * want 1-based lines and columns in characters. This maps one to the other.
 */
class SourcePositions {
    text;
    bytes;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        this.bytes = Buffer.from(text, 'utf8');
        for (let i = this.bytes.indexOf(0x0a); i >= 0; i = this.bytes.indexOf(0x0a, i + 1))
            this.lineStarts.push(i + 1);
    }
    get byteLength() {
        return this.bytes.length;
    }
    /** The text between two byte offsets. */
    slice(startByte, endByte) {
        return this.bytes.subarray(startByte, endByte).toString('utf8');
    }
    /** 1-based line and column (in code points) of a byte offset. */
    at(byteOffset) {
        const offset = Math.max(0, Math.min(byteOffset, this.bytes.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const lineStart = this.lineStarts[lo];
        return { line: lo + 1, column: codePoints(this.bytes, lineStart, offset) + 1 };
    }
    /** Byte offset of a character (UTF-16 index) offset, as the parser's error cursor reports. */
    byteOfCharIndex(charIndex) {
        return Buffer.byteLength(this.text.slice(0, Math.max(0, charIndex)), 'utf8');
    }
    /** Skip whitespace and comments from a byte offset, so a position points at the statement's first token. */
    skipTrivia(byteOffset) {
        let i = byteOffset;
        const b = this.bytes;
        while (i < b.length) {
            const c = b[i];
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c)
                i++;
            else if (c === 0x2d && b[i + 1] === 0x2d) {
                while (i < b.length && b[i] !== 0x0a)
                    i++;
            }
            else if (c === 0x2f && b[i + 1] === 0x2a) {
                // Block comments nest in Postgres.
                let depth = 0;
                while (i < b.length) {
                    if (b[i] === 0x2f && b[i + 1] === 0x2a) {
                        depth++;
                        i += 2;
                    }
                    else if (b[i] === 0x2a && b[i + 1] === 0x2f) {
                        depth--;
                        i += 2;
                        if (depth === 0)
                            break;
                    }
                    else
                        i++;
                }
            }
            else
                break;
        }
        return i;
    }
}
/** The number of code points in a UTF-8 byte range: every byte that does not continue a sequence starts one. */
function codePoints(bytes, start, end) {
    let count = 0;
    for (let i = start; i < end; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            count++;
    return count;
}

;// CONCATENATED MODULE: ./src/gates/migrations/parse.ts


/** Load the WASM Postgres parser once per thread (it starts compiling when pg-wasm.ts is imported). */
function ensureParser() {
    return (0,pg_wasm/* loadParser */.qd)();
}
const DBMATE_UP = /^--\s*migrate:up\b(.*)$/m;
const DBMATE_DOWN = /^--\s*migrate:down\b.*$/m;
/** dbmate keeps up and down in one file, marked by `-- migrate:up` / `-- migrate:down`. */
function isDbmateFile(text) {
    return DBMATE_UP.test(text);
}
/**
 * Parse one migration file with the real Postgres parser. Positions are exact (line/column of each
 * statement's first token). When the file does not parse, the statements around the error are still
 * returned, so one typo does not hide every other finding.
 */
function parseMigration(file, rawText, section = file.direction) {
    const text = rawText.replace(/^\uFEFF/, '');
    let source = text;
    let transactionDisabled = false;
    if (file.layout === 'dbmate' && isDbmateFile(text)) {
        const blanked = blankOtherDbmateSection(text, section);
        source = blanked.text;
        transactionDisabled = blanked.transactionDisabled;
    }
    const positions = new SourcePositions(source);
    const { raws, errors } = parseAll(source, positions);
    const statements = [];
    let inTransaction = false;
    for (const raw of raws) {
        const start = positions.skipTrivia(raw.start);
        const end = raw.end;
        const node = raw.stmt;
        const kind = Object.keys(node)[0] ?? 'Unknown';
        const begin = positions.at(start);
        const finish = positions.at(Math.max(start, end - 1));
        if (kind === 'TransactionStmt') {
            const txKind = node.TransactionStmt.kind;
            if (txKind === 'TRANS_STMT_BEGIN' || txKind === 'TRANS_STMT_START')
                inTransaction = true;
            else if (txKind === 'TRANS_STMT_COMMIT' || txKind === 'TRANS_STMT_ROLLBACK')
                inTransaction = false;
        }
        statements.push({
            node,
            kind,
            text: positions.slice(start, end).trim(),
            line: begin.line,
            column: begin.column,
            endLine: finish.line,
            inExplicitTransaction: inTransaction && kind !== 'TransactionStmt',
        });
    }
    return { file, text, statements, errors, transactionDisabled };
}
function parseAll(source, positions) {
    try {
        return { raws: toRaw((0,pg_wasm/* parseSql */.eg)(source).stmts ?? [], 0, positions.byteLength), errors: [] };
    }
    catch (error) {
        return parseByChunks(source, positions, error);
    }
}
function toRaw(stmts, offset, limit) {
    return stmts.map((s) => {
        const start = offset + (s.stmt_location ?? 0);
        const end = s.stmt_len ? start + s.stmt_len : limit;
        return { stmt: s.stmt, start, end };
    });
}
/** Split at top-level semicolons with the Postgres scanner, parse each piece, report the pieces that fail. */
function parseByChunks(source, positions, firstError) {
    let boundaries;
    try {
        boundaries = (0,pg_wasm/* scanSql */.C4)(source)
            .filter((t) => t.text === ';')
            .map((t) => t.end);
    }
    catch {
        return { raws: [], errors: [failureAt(positions, 0, firstError)] };
    }
    const raws = [];
    const errors = [];
    let chunkStart = 0;
    for (const end of [...boundaries, positions.byteLength]) {
        if (end <= chunkStart)
            continue;
        const chunk = positions.slice(chunkStart, end);
        if (chunk.trim() === '' || positions.skipTrivia(chunkStart) >= end) {
            chunkStart = end;
            continue;
        }
        try {
            raws.push(...toRaw((0,pg_wasm/* parseSql */.eg)(chunk).stmts ?? [], chunkStart, end));
        }
        catch (error) {
            errors.push(failureAt(new SourcePositions(chunk), chunkStart, error, positions));
        }
        chunkStart = end;
    }
    if (errors.length === 0)
        errors.push(failureAt(positions, 0, firstError));
    return { raws, errors };
}
function failureAt(local, chunkStartByte, error, whole = local) {
    const message = error instanceof Error ? error.message : String(error);
    const cursor = error instanceof pg_wasm/* PgSyntaxError */.dL ? error.cursorPosition : undefined;
    const byte = cursor !== undefined && cursor >= 0
        ? chunkStartByte + local.byteOfCharIndex(cursor)
        : chunkStartByte + local.skipTrivia(0);
    const { line, column } = whole.at(byte);
    return { message, line, column };
}
/** Replace the other dbmate section with spaces (keeping newlines) so byte positions stay true. */
function blankOtherDbmateSection(text, keep) {
    const up = DBMATE_UP.exec(text);
    const down = DBMATE_DOWN.exec(text);
    const upStart = up ? up.index : 0;
    const downStart = down ? down.index : text.length;
    const transactionDisabled = keep === 'up'
        ? /transaction\s*:\s*false/.test(up?.[1] ?? '')
        : /transaction\s*:\s*false/.test(down?.[0] ?? '');
    const blank = (s) => s.replace(/[^\n]/g, ' ');
    if (keep === 'up') {
        return {
            text: blank(text.slice(0, upStart)) + text.slice(upStart, downStart) + blank(text.slice(downStart)),
            transactionDisabled,
        };
    }
    return { text: blank(text.slice(0, downStart)) + text.slice(downStart), transactionDisabled };
}


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ scanSql),
/* harmony export */   dL: () => (/* binding */ PgSyntaxError),
/* harmony export */   eg: () => (/* binding */ parseSql),
/* harmony export */   qd: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(995);
/* harmony import */ var libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The Postgres parser (libpg_query compiled to WASM, from the libpg-query package), called directly.
 *
 * libpg-query's own `parseSync` copies strings in and out of WASM memory with byte-at-a-time JavaScript
 * loops. On 2,000 migrations that was ~80 ms of ~1.5 s; `TextEncoder.encodeInto`, `indexOf(0)` and
 * `TextDecoder` do the same work natively. The parse itself (the C parser and its JSON output) is the same
 * code, in the same module.
 */

/** A statement the parser rejects: Postgres's message and where it stopped. */
class PgSyntaxError extends Error {
    /** 0-based character index into the parsed text, when Postgres reported one. */
    cursorPosition;
    constructor(message, cursorPosition) {
        super(message);
        this.name = 'PgSyntaxError';
        this.cursorPosition = cursorPosition;
    }
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let wasm;
// Compiling starts on import, so it overlaps whatever else the process loads first.
const loading = libpg_query_wasm_libpg_query_js__WEBPACK_IMPORTED_MODULE_0___default()().then((m) => {
    wasm = m;
});
/** Resolves once the parser can be called; the module is compiled once per thread. */
function loadParser() {
    return loading;
}
function loaded() {
    if (!wasm)
        throw new Error('the Postgres parser is not loaded yet: await loadParser() first');
    return wasm;
}
/** Copy `text` into WASM memory as NUL-terminated UTF-8; the caller frees the pointer. */
function toWasm(m, text) {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const capacity = text.length * 3 + 1;
    const ptr = m._malloc(capacity);
    if (!ptr)
        throw new Error(`the Postgres parser is out of memory (${capacity} bytes asked)`);
    const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(ptr, ptr + capacity - 1));
    m.HEAPU8[ptr + written] = 0;
    return ptr;
}
/** Read a NUL-terminated UTF-8 string out of WASM memory. */
function fromWasm(m, ptr) {
    const heap = m.HEAPU8; // read after the call: the memory may have grown and replaced the view
    const end = heap.indexOf(0, ptr);
    return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}
/** Parse SQL into libpg_query's AST; throws PgSyntaxError when Postgres rejects it. */
function parseSql(sql) {
    const m = loaded();
    const query = toWasm(m, sql);
    let result = 0;
    try {
        result = m._wasm_parse_query_raw(query);
        if (!result)
            throw new Error('the Postgres parser is out of memory');
        // struct PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error; }
        const tree = m.HEAPU32[result >> 2];
        const error = m.HEAPU32[(result + 8) >> 2];
        if (error) {
            // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; ... }
            const messagePtr = m.HEAPU32[error >> 2];
            const cursor = m.HEAPU32[(error + 16) >> 2];
            throw new PgSyntaxError(messagePtr ? fromWasm(m, messagePtr) : 'syntax error', cursor > 0 ? cursor - 1 : undefined);
        }
        if (!tree)
            throw new Error('the Postgres parser returned no parse tree');
        return JSON.parse(fromWasm(m, tree));
    }
    finally {
        m._free(query);
        if (result)
            m._wasm_free_parse_result(result);
    }
}
/** The Postgres scanner's tokens (byte offsets); throws when the text does not scan. */
function scanSql(sql) {
    const m = loaded();
    const query = toWasm(m, sql);
    let result = 0;
    try {
        result = m._wasm_scan(query);
        if (!result)
            throw new Error('the Postgres scanner is out of memory');
        const text = fromWasm(m, result);
        if (!text.startsWith('{'))
            throw new PgSyntaxError(text, undefined);
        return JSON.parse(text).tokens ?? [];
    }
    finally {
        m._free(query);
        if (result)
            m._wasm_free_string(result);
    }
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(610);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
